using System.IO.Compression;
using System.Text;

namespace PlanGen.Tests.Docx.Reading;

/// <summary>A DOCX package put together from WordprocessingML text, as other tools write it.</summary>
internal static class RawDocx
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] Make(string body, string? styles = null, string? numbering = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var rels = new StringBuilder();
            if (styles is not null) rels.Append("<Relationship Id=\"rS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            if (numbering is not null) rels.Append("<Relationship Id=\"rN\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>");
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Add(zip, "word/_rels/document.xml.rels", $"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rels}</Relationships>");
            Add(zip, "word/document.xml", $"<?xml version=\"1.0\"?><w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>");
            if (styles is not null) Add(zip, "word/styles.xml", $"<?xml version=\"1.0\"?><w:styles xmlns:w=\"{W}\">{styles}</w:styles>");
            if (numbering is not null) Add(zip, "word/numbering.xml", $"<?xml version=\"1.0\"?><w:numbering xmlns:w=\"{W}\">{numbering}</w:numbering>");
        }

        return stream.ToArray();
    }

    /// <summary>A copy of <paramref name="docx"/> with the text of one part changed (the part is made when missing).</summary>
    public static byte[] Changed(byte[] docx, string part, Func<string, string> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            Rewrite(zip, part, change);
        }
        return stream.ToArray();
    }

    /// <summary>Replaces one part's text in an open package (or adds the part).</summary>
    public static void Rewrite(ZipArchive zip, string part, Func<string, string> change)
    {
        var text = "";
        if (zip.GetEntry(part) is { } entry)
        {
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }
            entry.Delete();
        }
        Add(zip, part, change(text));
    }

    public static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    /// <summary>A paragraph with optional paragraph properties and one run of text.</summary>
    public static string P(string text, string pPr = "", string rPr = "") =>
        $"<w:p>{(pPr.Length > 0 ? $"<w:pPr>{pPr}</w:pPr>" : "")}<w:r>{(rPr.Length > 0 ? $"<w:rPr>{rPr}</w:rPr>" : "")}<w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    public static string Numbered(string text, int numId, int level) => P(text, $"<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");
}
