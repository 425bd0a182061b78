using System.IO.Compression;
using System.Text;
using PlanGen.Tests.Docx.Reading;
using PlanGen.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace PlanGen.Tests.Import;

/// <summary>plangen import given documents it cannot turn into a plan: one error with its code and place, exit 1, nothing written.</summary>
public sealed class ImportBadDocumentTests
{
    private static CliRun ImportFails(TempFolder folder, string source, string expected)
    {
        var run = CliRun.Of("import", source, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Error.Contains(expected, StringComparison.Ordinal), run.Error);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.yaml"));
        return run;
    }

    [Fact]
    public void A_corrupt_docx_names_the_part_and_place()
    {
        using var folder = new TempFolder();
        var source = folder.File("hong.docx");
        File.WriteAllBytes(source, RawDocx.Make(RawDocx.P("KẾ HOẠCH") + "<w:p><w:r>"));

        var run = ImportFails(folder, source, "hong.docx: error PG5003");
        Assert.Contains("word/document.xml (1,", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_docx_is_named_as_protected()
    {
        using var folder = new TempFolder();
        var source = folder.File("mat-khau.docx");
        byte[] compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        File.WriteAllBytes(source, [.. compoundFile, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[64]]);

        var run = ImportFails(folder, source, "mat-khau.docx: error PG5004");
        Assert.Contains("password", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_docx_is_refused_by_its_unpacked_size()
    {
        using var folder = new TempFolder();
        var source = folder.File("bom.docx");
        using (var zip = ZipFile.Open(source, ZipArchiveMode.Create))
        {
            RawDocx.Add(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            RawDocx.Add(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            // 300 MB of blanks deflate to well under a megabyte: the size a bomb claims only when unpacked.
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var blanks = new byte[1024 * 1024];
            Array.Fill(blanks, (byte)' ');
            for (var i = 0; i < 300; i++) entry.Write(blanks);
        }
        Assert.True(new FileInfo(source).Length < 5 * 1024 * 1024);

        var run = ImportFails(folder, source, "bom.docx: error PG5006");
        Assert.Contains("unpacked", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_pdf_is_an_error_not_an_exception()
    {
        using var folder = new TempFolder();
        var fixture = File.ReadAllBytes(Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Pdf", "Fixtures", "ubnd-tinh-atgt-2024.pdf"));
        var source = folder.File("cat.pdf");
        File.WriteAllBytes(source, fixture[..(fixture.Length / 3)]);

        ImportFails(folder, source, "cat.pdf: error PG6050");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_scan_with_no_text_layer_is_named_as_a_scan(bool image)
    {
        using var folder = new TempFolder();
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        if (image)
        {
            page.AddPng(OnePixelPng(), new PdfRectangle(50, 50, 550, 800));
        }
        else
        {
            page.DrawRectangle(new PdfPoint(50, 50), 300, 400, fill: true);
            page.DrawLine(new PdfPoint(60, 500), new PdfPoint(500, 500));
        }
        var source = folder.File("ban-quet.pdf");
        File.WriteAllBytes(source, builder.Build());

        var run = ImportFails(folder, source, "ban-quet.pdf: error PG6052");
        Assert.Contains("OCR", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_that_is_not_a_plan_is_refused()
    {
        using var folder = new TempFolder();
        var source = folder.File("thu-moi.docx");
        File.WriteAllBytes(source, RawDocx.Make(
            RawDocx.P("SỞ TÀI CHÍNH") +
            RawDocx.P("GIẤY MỜI") +
            RawDocx.P("Sở Tài chính trân trọng kính mời đại biểu dự họp góp ý dự thảo quy chế phối hợp.") +
            RawDocx.P("Trân trọng cảm ơn.")));

        var run = ImportFails(folder, source, "thu-moi.docx: error PG6002");
        Assert.Contains("GIẤY MỜI", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lon.docx", "PG5006")]
    [InlineData("lon.pdf", "PG6053")]
    public void A_document_over_100_MB_is_refused_by_its_size(string name, string code)
    {
        using var folder = new TempFolder();
        var source = folder.File(name);
        using (var file = File.Create(source))
        {
            file.Write(name.EndsWith(".pdf", StringComparison.Ordinal) ? "%PDF-1.7\n"u8 : "PK"u8);
            file.SetLength((100L * 1024 * 1024) + 1); // just over the 100 MB limit; sparse: nothing is written
        }

        ImportFails(folder, source, $"{name}: error {code}");
    }

    /// <summary>A valid 1×1 grey PNG: a page that is only a picture, as a scanner makes it.</summary>
    private static byte[] OnePixelPng() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==");
}
