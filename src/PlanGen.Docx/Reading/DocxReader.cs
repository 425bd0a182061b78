using System.Text;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Reading;
using static PlanGen.Docx.Reading.Wml;

namespace PlanGen.Docx.Reading;

/// <summary>
/// Reads any DOCX — plangen's, Word's, pandoc's, LibreOffice's — into a <see cref="SourceDocument"/>
/// with each paragraph's effective formatting, Word's list labels, tables, sections and page headers.
/// A file that is not a DOCX, is corrupt, encrypted, a legacy .doc, or too large is one diagnostic
/// at the file and null; nothing is thrown.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    private static readonly byte[] ZipMagic = "PK"u8.ToArray();
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <inheritdoc />
    public bool CanRead(string path) =>
        path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".docm", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public SourceDocument? Read(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Add(DiagnosticCode.DocxUnreadable, SourceSpan.WholeFile(path), path, "not found");
                return null;
            }

            if (info.Length > DocxPackage.MaxFileBytes)
            {
                throw new DocxReadException(DocxReadFailure.TooLarge, $"{info.Length / (1024 * 1024)} MB > {DocxPackage.MaxFileBytes / (1024 * 1024)} MB");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            Sniff(stream);
            using var package = DocxPackage.Open(stream);
            return Read(path, package);
        }
        catch (DocxReadException e)
        {
            diagnostics.Add(CodeOf(e.Failure), SourceSpan.WholeFile(path), path, e.Detail);
        }
        catch (IOException e)
        {
            diagnostics.Add(DiagnosticCode.DocxUnreadable, SourceSpan.WholeFile(path), path, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Add(DiagnosticCode.DocxUnreadable, SourceSpan.WholeFile(path), path, e.Message);
        }

        return null;
    }

    private static SourceDocument Read(string path, DocxPackage package)
    {
        var main = package.MainPart;
        var document = package.Load(main) ?? throw new DocxReadException(DocxReadFailure.NotDocx, "");
        var body = document.Root?.Element(W + "body") ?? throw new DocxReadException(DocxReadFailure.NotDocx, "");
        var styles = new DocxStyles(Part(package, main, "/styles"), ThemeOf(package, main));
        var paragraphs = new ParagraphReader(styles, new ListCounters(Part(package, main, "/numbering")));
        var headerParagraphs = new ParagraphReader(styles, new ListCounters(Part(package, main, "/numbering")));
        var headers = new HeaderReader(package, package.RelationshipsOf(main), headerParagraphs);
        var sections = new BodyReader(paragraphs, styles, headers).Read(body);
        return new SourceDocument(path, SourceFormat.Docx, sections);
    }

    private static System.Xml.Linq.XDocument? Part(DocxPackage package, string main, string typeSuffix) =>
        package.TargetOfType(main, typeSuffix) is { } part ? package.Load(part) : null;

    private static System.Xml.Linq.XDocument? ThemeOf(DocxPackage package, string main) => Part(package, main, "/theme");

    // The first bytes tell a ZIP from an OLE compound file: Word's encrypted DOCX and old .doc are the latter.
    private static void Sniff(FileStream stream)
    {
        var head = new byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read >= 8 && head.AsSpan().SequenceEqual(CompoundFileMagic))
        {
            throw new DocxReadException(IsEncrypted(stream) ? DocxReadFailure.Encrypted : DocxReadFailure.LegacyWord, "");
        }

        if (read < 2 || !head.AsSpan(0, 2).SequenceEqual(ZipMagic))
        {
            throw new DocxReadException(DocxReadFailure.NotZip, "");
        }
    }

    // An encrypted package stores a stream named "EncryptionInfo"; directory entries hold names in UTF-16.
    private static bool IsEncrypted(FileStream stream)
    {
        var marker = Encoding.Unicode.GetBytes("EncryptionInfo");
        var buffer = new byte[(int)Math.Min(stream.Length, 4 * 1024 * 1024)];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer.AsSpan(0, read).IndexOf(marker) >= 0;
    }

    private static DiagnosticCode CodeOf(DocxReadFailure failure) => failure switch
    {
        DocxReadFailure.NotZip => DiagnosticCode.DocxNotZip,
        DocxReadFailure.NotDocx => DiagnosticCode.DocxNotWordDocument,
        DocxReadFailure.CorruptXml => DiagnosticCode.DocxCorrupt,
        DocxReadFailure.Encrypted => DiagnosticCode.DocxEncrypted,
        DocxReadFailure.LegacyWord => DiagnosticCode.DocxLegacyWord,
        _ => DiagnosticCode.DocxTooLarge,
    };
}
