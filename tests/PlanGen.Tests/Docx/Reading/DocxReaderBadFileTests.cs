using System.IO.Compression;
using System.Text;
using PlanGen.Core.Diagnostics;
using PlanGen.Docx.Reading;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Docx.Reading;

public class DocxReaderBadFileTests
{
    private static Diagnostic Fails(byte[] bytes)
    {
        var (document, bag) = ReadDocx.Bytes(bytes);
        Assert.Null(document);
        return Assert.Single(bag.Items);
    }

    [Fact]
    public void Text_renamed_to_docx_is_not_a_zip()
    {
        var diagnostic = Fails(Encoding.UTF8.GetBytes("Kế hoạch số 05/KH-UBND"));
        Assert.Equal("PG5001", diagnostic.Id);
        Assert.True(diagnostic.Span.IsWholeFile);
        Assert.Contains("không phải tệp DOCX", diagnostic.Message("vi"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_without_a_document_is_not_a_word_document()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true)) RawDocx.Add(zip, "readme.txt", "x");
        Assert.Equal("PG5002", Fails(stream.ToArray()).Id);
    }

    [Fact]
    public void Broken_xml_is_corrupt_and_names_the_part_and_place()
    {
        var bytes = RawDocx.Make(RawDocx.P("một") + "<w:p><w:r>");
        var diagnostic = Fails(bytes);
        Assert.Equal("PG5003", diagnostic.Id);
        Assert.Contains("word/document.xml (1,", diagnostic.Message("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_zip_is_reported_not_thrown()
    {
        var bytes = RawDocx.Make(RawDocx.P("một"));
        var diagnostic = Fails(bytes[..(bytes.Length / 2)]);
        Assert.Contains(diagnostic.Id, new[] { "PG5001", "PG5003" });
    }

    [Fact]
    public void Encrypted_and_legacy_compound_files_are_told_apart()
    {
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        var encrypted = header.Concat(new byte[504]).Concat(Encoding.Unicode.GetBytes("EncryptionInfo")).Concat(new byte[64]).ToArray();
        Assert.Equal("PG5004", Fails(encrypted).Id);
        var legacy = header.Concat(Encoding.Unicode.GetBytes("WordDocument")).Concat(new byte[512]).ToArray();
        Assert.Equal("PG5005", Fails(legacy).Id);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_parsing()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            RawDocx.Add(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
            RawDocx.Add(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
            for (var i = 0; i <= DocxPackage.MaxEntries; i++) zip.CreateEntry($"pad/{i}");
        }

        var diagnostic = Fails(stream.ToArray());
        Assert.Equal("PG5006", diagnostic.Id);
    }

    [Fact]
    public void A_file_over_100_MB_is_refused_without_reading_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("big.docx");
        using (var file = File.Create(path))
        {
            file.Write("PK"u8);
            file.SetLength(DocxPackage.MaxFileBytes + 1); // sparse: nothing is written
        }

        var bag = new DiagnosticBag();
        Assert.Null(new DocxReader().Read(path, bag));
        Assert.Equal("PG5006", Assert.Single(bag.Items).Id);
    }

    [Fact]
    public void A_missing_file_is_a_diagnostic()
    {
        var bag = new DiagnosticBag();
        Assert.Null(new DocxReader().Read("/nonexistent/plan.docx", bag));
        Assert.Equal("PG5007", Assert.Single(bag.Items).Id);
    }
}
