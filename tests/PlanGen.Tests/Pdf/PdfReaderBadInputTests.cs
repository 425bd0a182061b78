using PlanGen.Core.Diagnostics;
using PlanGen.Pdf;
using PlanGen.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace PlanGen.Tests.Pdf;

/// <summary>Files the PDF reader cannot read: each is one error at the file, naming the cause; nothing is thrown.</summary>
public sealed class PdfReaderBadInputTests
{
    private static Diagnostic ReadFails(string path)
    {
        var bag = new DiagnosticBag();
        Assert.Null(PdfDocumentReader.Instance.Read(path, bag));
        var diagnostic = Assert.Single(bag.Items);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(path, diagnostic.Span.File);
        return diagnostic;
    }

    [Fact]
    public void A_scan_with_no_text_layer_is_named_as_such()
    {
        using var temp = new TempFolder();
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 300, 400, fill: true);
        var path = temp.File("scan.pdf");
        File.WriteAllBytes(path, builder.Build());

        var diagnostic = ReadFails(path);
        Assert.Equal(DiagnosticCode.PdfNoTextLayer, diagnostic.Code);
        Assert.Contains("no text layer", TextDiagnosticFormatter.Format(diagnostic, "en"), StringComparison.Ordinal);
        Assert.Contains("OCR", TextDiagnosticFormatter.Format(diagnostic, "vi"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_PDF_is_refused_before_parsing()
    {
        using var temp = new TempFolder();
        var path = temp.File("plan.pdf", "Kế hoạch số 68/KH-UBND\n");
        Assert.Equal(DiagnosticCode.PdfUnreadable, ReadFails(path).Code);
    }

    [Fact]
    public void A_truncated_PDF_is_an_error_not_an_exception()
    {
        using var temp = new TempFolder();
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Pdf", "Fixtures", "ubnd-tinh-atgt-2024.pdf"));
        var path = temp.File("cut.pdf");
        File.WriteAllBytes(path, bytes.AsSpan(0, bytes.Length / 3).ToArray());
        Assert.Equal(DiagnosticCode.PdfUnreadable, ReadFails(path).Code);
    }

    [Fact]
    public void An_encrypted_PDF_asks_for_an_unprotected_copy()
    {
        using var temp = new TempFolder();
        var path = temp.File("locked.pdf");
        File.WriteAllBytes(path, EncryptedPdf());
        Assert.Equal(DiagnosticCode.PdfEncrypted, ReadFails(path).Code);
    }

    [Fact]
    public void A_100_MB_file_is_refused_by_its_size_without_being_read()
    {
        using var temp = new TempFolder();
        var path = temp.File("huge.pdf");
        using (var stream = File.Create(path))
        {
            stream.Write("%PDF-1.7\n"u8);
            stream.SetLength(100L * 1024 * 1024);
        }
        var diagnostic = ReadFails(path);
        Assert.Equal(DiagnosticCode.PdfTooLarge, diagnostic.Code);
        Assert.Contains("100 MB", TextDiagnosticFormatter.Format(diagnostic, "en"), StringComparison.Ordinal);
    }

    /// <summary>A one-page PDF whose trailer names a standard security handler with a user password (not the empty one).</summary>
    internal static byte[] EncryptedPdf() => RawPdf.Build(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 8 >>\nstream\nABCDEFGH\nendstream",
            "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <" + new string('1', 64) + "> /U <" + new string('2', 64) + "> >>",
        ],
        "/Encrypt 5 0 R /ID [<" + new string('3', 32) + "> <" + new string('3', 32) + ">] ");
}
