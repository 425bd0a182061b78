using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Docx.Reading;

/// <summary>
/// The parts of a DOCX read straight from its ZIP, with the limits checked before any XML is
/// parsed: a small file may unpack to gigabytes (a zip bomb), so entry count and total unpacked
/// size are capped, and each part is read through a counting stream that stops at the cap; its
/// nesting and element count are measured before its tree is built (<see cref="ReadingLimits"/>).
/// </summary>
internal sealed class DocxPackage : IDisposable
{
    internal const long MaxFileBytes = 100L * 1024 * 1024;
    internal const long MaxUnpackedBytes = 256L * 1024 * 1024;
    internal const int MaxEntries = 10_000;

    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string StrictOfficeDocument = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);

    private DocxPackage(ZipArchive zip)
    {
        _zip = zip;
        foreach (var entry in zip.Entries)
        {
            _entries.TryAdd(entry.FullName.TrimStart('/'), entry);
        }
    }

    /// <summary>The main document part's path inside the package, e.g. <c>word/document.xml</c>.</summary>
    public string MainPart { get; private set; } = "";

    /// <summary>The work this package may still cost.</summary>
    public ReadingLimits Limits { get; } = new();

    /// <summary>Opens a package; throws <see cref="DocxReadException"/> for anything that is not a safe DOCX.</summary>
    public static DocxPackage Open(Stream stream)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException)
        {
            throw new DocxReadException(DiagnosticCode.DocxNotZip);
        }

        DocxPackage package;
        try
        {
            // The central directory is read here, and a damaged one only shows here.
            package = new DocxPackage(zip);
        }
        catch (InvalidDataException e)
        {
            zip.Dispose();
            throw new DocxReadException(DiagnosticCode.DocxCorrupt, e.Message);
        }

        try
        {
            package.CheckLimits();
            package.MainPart = package.FindMainPart();
            return package;
        }
        catch
        {
            package.Dispose();
            throw;
        }
    }

    private void CheckLimits()
    {
        if (_zip.Entries.Count > MaxEntries)
        {
            throw new DocxReadException(DiagnosticCode.DocxTooLarge, $"{_zip.Entries.Count} entries > {MaxEntries}");
        }

        long total = 0;
        foreach (var entry in _zip.Entries)
        {
            total += entry.Length;
            if (total > MaxUnpackedBytes)
            {
                throw new DocxReadException(DiagnosticCode.DocxTooLarge, $"> {MaxUnpackedBytes / (1024 * 1024)} MB unpacked");
            }
        }
    }

    private string FindMainPart()
    {
        var rels = Load("_rels/.rels");
        var target = rels?.Root?.Elements(Relationships + "Relationship")
            .FirstOrDefault(r => (string?)r.Attribute("Type") is OfficeDocument or StrictOfficeDocument)
            ?.Attribute("Target")?.Value;
        var main = target is null ? "word/document.xml" : Resolve("", target);
        return _entries.ContainsKey(main) ? main : throw new DocxReadException(DiagnosticCode.DocxNotWordDocument);
    }

    /// <summary>True when the package holds a part at <paramref name="path"/>.</summary>
    public bool Has(string path) => _entries.ContainsKey(path);

    /// <summary>Parses a part as XML, or null when there is no such part.</summary>
    public XDocument? Load(string path)
    {
        if (!_entries.TryGetValue(path, out var entry))
        {
            return null;
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            // Measured in a pass of its own, so a part too deep or too large never becomes a tree.
            using (var measured = new BoundedStream(entry.Open(), MaxUnpackedBytes))
            {
                Limits.Measure(measured, path, settings);
            }
            using var stream = new BoundedStream(entry.Open(), MaxUnpackedBytes);
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new DocxReadException(DiagnosticCode.DocxCorrupt, $"{path} ({e.LineNumber},{e.LinePosition}): {e.Message}");
        }
        catch (InvalidDataException e)
        {
            throw new DocxReadException(DiagnosticCode.DocxCorrupt, $"{path}: {e.Message}");
        }
    }

    /// <summary>The targets of a part's relationships by id, as package paths.</summary>
    public IReadOnlyDictionary<string, string> RelationshipsOf(string part)
    {
        var folder = part.Contains('/', StringComparison.Ordinal) ? part[..part.LastIndexOf('/')] : "";
        var name = part[(folder.Length == 0 ? 0 : folder.Length + 1)..];
        var rels = Load((folder.Length == 0 ? "" : folder + "/") + "_rels/" + name + ".rels");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rel in rels?.Root?.Elements(Relationships + "Relationship") ?? [])
        {
            if ((string?)rel.Attribute("Id") is { } id && (string?)rel.Attribute("Target") is { } target
                && (string?)rel.Attribute("TargetMode") != "External")
            {
                map[id] = Resolve(folder, target);
            }
        }

        return map;
    }

    /// <summary>The relationship target of a given type from a part, or null.</summary>
    public string? TargetOfType(string part, string typeSuffix)
    {
        var folder = part.Contains('/', StringComparison.Ordinal) ? part[..part.LastIndexOf('/')] : "";
        var name = part[(folder.Length == 0 ? 0 : folder.Length + 1)..];
        var rels = Load((folder.Length == 0 ? "" : folder + "/") + "_rels/" + name + ".rels");
        var target = rels?.Root?.Elements(Relationships + "Relationship")
            .FirstOrDefault(r => ((string?)r.Attribute("Type"))?.EndsWith(typeSuffix, StringComparison.Ordinal) == true)
            ?.Attribute("Target")?.Value;
        return target is null ? null : Resolve(folder, target);
    }

    private static string Resolve(string folder, string target)
    {
        if (target.StartsWith('/'))
        {
            return target.TrimStart('/');
        }

        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var piece in target.Split('/'))
        {
            if (piece == "..")
            {
                if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
            }
            else if (piece is not ("." or ""))
            {
                parts.Add(piece);
            }
        }

        return string.Join('/', parts);
    }

    public void Dispose() => _zip.Dispose();
}
