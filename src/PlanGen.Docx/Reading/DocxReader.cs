using System.Globalization;
using System.Text;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Core.Output;
using static PlanGen.Docx.Reading.Wml;

namespace PlanGen.Docx.Reading;

/// <summary>
/// Reads any DOCX — plangen's, Word's, pandoc's, LibreOffice's — into a document tree
/// with each paragraph's effective formatting, Word's list labels, tables, sections and page headers.
/// A file that is not a DOCX, is corrupt, encrypted, a legacy .doc, or too large is one diagnostic
/// at the file and null; nothing is thrown.
/// </summary>
public sealed class DocxReader : IOutputReader
{
    private static readonly byte[] ZipMagic = "PK"u8.ToArray();
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly System.Xml.Linq.XNamespace CoreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";

    /// <inheritdoc />
    public bool CanRead(string path) =>
        path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".docm", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public LayoutDocument? Read(string path, DiagnosticBag diagnostics)
    {
        var bytes = ReadFile(path, diagnostics);
        return bytes is null ? null : Read(path, bytes, diagnostics);
    }

    /// <summary>
    /// True when <paramref name="path"/> is a DOCX plangen wrote (<see cref="OwnOutput"/>); a file that
    /// cannot be read as a DOCX (a folder, a device, a damaged file) is not plangen's.
    /// </summary>
    public bool IsOwnOutput(string path)
    {
        var bytes = ReadFile(path, new DiagnosticBag());
        return bytes is not null && OwnOutput.Marks(Keywords(bytes));
    }

    /// <summary>
    /// The file's bytes, read the one guarded way (a regular file, at most <see cref="DocxPackage.MaxFileBytes"/>):
    /// a pipe or device named <c>.docx</c> is refused before it is opened. Null after reporting why.
    /// </summary>
    internal static byte[]? ReadFile(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var read = new DiagnosticBag();
        var bytes = BoundedFile.Read(path, DocxPackage.MaxFileBytes, read, length =>
            read.Add(DiagnosticCode.DocxTooLarge, SourceSpan.WholeFile(path), path,
                (length == long.MaxValue ? "> " : (length / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB > ")
                + (DocxPackage.MaxFileBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB"));
        // A DOCX that cannot be read says so in the reader's own words (PG5007), as it always has.
        foreach (var diagnostic in read.Items)
        {
            diagnostics.Add(diagnostic.Code == DiagnosticCode.FileUnreadable
                ? diagnostic with { Code = DiagnosticCode.DocxUnreadable, Arguments = [path, .. diagnostic.Arguments] }
                : diagnostic);
        }
        return bytes;
    }

    /// <summary>Reads a DOCX whose bytes are already read (<see cref="ReadFile"/>); <paramref name="path"/> names it.</summary>
    internal static LayoutDocument? Read(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        try
        {
            Sniff(bytes);
            using var package = DocxPackage.Open(new MemoryStream(bytes, writable: false));
            return Read(path, package);
        }
        catch (DocxReadException e)
        {
            diagnostics.Add(e.Code, SourceSpan.WholeFile(path), [path, .. e.Arguments]);
        }
        catch (InvalidDataException e)
        {
            // A ZIP damaged where only reading an entry shows it.
            diagnostics.Add(DiagnosticCode.DocxCorrupt, SourceSpan.WholeFile(path), path, e.Message);
        }
        catch (IOException e)
        {
            diagnostics.Add(DiagnosticCode.DocxUnreadable, SourceSpan.WholeFile(path), path, FileProblems.Reason(e));
        }

        return null;
    }

    /// <summary>The keywords of a DOCX's core properties; null when it has none or is no DOCX.</summary>
    internal static string? Keywords(byte[] bytes)
    {
        try
        {
            Sniff(bytes);
            using var package = DocxPackage.Open(new MemoryStream(bytes, writable: false));
            var core = package.TargetOfType("", "/metadata/core-properties") is { } part ? package.Load(part) : null;
            return core?.Root?.Element(CoreProperties + "keywords")?.Value;
        }
        catch (Exception e) when (e is DocxReadException or IOException or InvalidDataException)
        {
            return null;
        }
    }

    private static LayoutDocument Read(string path, DocxPackage package)
    {
        var main = package.MainPart;
        var document = package.Load(main) ?? throw new DocxReadException(DiagnosticCode.DocxNotWordDocument);
        var body = document.Root?.Element(W + "body") ?? throw new DocxReadException(DiagnosticCode.DocxNotWordDocument);
        var styles = new DocxStyles(Part(package, main, "/styles"), ThemeOf(package, main));
        var numbering = Part(package, main, "/numbering");
        var notes = new FootnoteReader(Part(package, main, "/footnotes"), new ParagraphReader(styles, new ListCounters(numbering), package.Limits));
        var paragraphs = new ParagraphReader(styles, new ListCounters(numbering), package.Limits) { Notes = notes };
        var headerParagraphs = new ParagraphReader(styles, new ListCounters(numbering), package.Limits);
        var headers = new HeaderReader(package, package.RelationshipsOf(main), headerParagraphs);
        var (blocks, pages) = new BodyReader(paragraphs, styles, headers).Read(body);
        return LayoutDocument.Read(new DocumentSource(path, SourceFormat.Docx), blocks, pages);
    }

    private static System.Xml.Linq.XDocument? Part(DocxPackage package, string main, string typeSuffix) =>
        package.TargetOfType(main, typeSuffix) is { } part ? package.Load(part) : null;

    private static System.Xml.Linq.XDocument? ThemeOf(DocxPackage package, string main) => Part(package, main, "/theme");

    // The first bytes tell a ZIP from an OLE compound file: Word's encrypted DOCX and old .doc are the latter.
    private static void Sniff(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(CompoundFileMagic))
        {
            throw new DocxReadException(IsEncrypted(bytes) ? DiagnosticCode.DocxEncrypted : DiagnosticCode.DocxLegacyWord);
        }

        if (!bytes.AsSpan().StartsWith(ZipMagic))
        {
            throw new DocxReadException(DiagnosticCode.DocxNotZip);
        }
    }

    // An encrypted package stores a stream named "EncryptionInfo"; directory entries hold names in UTF-16.
    private static bool IsEncrypted(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, 4 * 1024 * 1024)).IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0;
}
