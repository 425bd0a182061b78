using PlanGen.Core.Diagnostics;
using PlanGen.Pdf.Checking;
using PlanGen.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PlanGen.Tests.Pdf;

/// <summary>
/// <c>check FILE.pdf</c>: a PDF plangen printed is ready for signing; a PDF that is encrypted, uses
/// a font it does not carry, holds text outside NFC or a signature field, or opens a page with the
/// signing block, is told so, at its page.
/// </summary>
public sealed class PdfReadinessCheckTests
{
    private static readonly string Fixture = Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Pdf", "Fixtures", "ubnd-tinh-atgt-2024.pdf");

    private static IReadOnlyList<Diagnostic> Check(byte[] pdf)
    {
        using var temp = new TempFolder();
        var path = temp.File("ke-hoach.pdf");
        File.WriteAllBytes(path, pdf);
        var bag = new DiagnosticBag();
        PdfReadinessCheck.Instance.Check(path, bag);
        return bag.Items;
    }

    /// <summary>The one finding of <paramref name="findings"/>, of the code, severity and page expected.</summary>
    private static Diagnostic Only(IReadOnlyList<Diagnostic> findings, DiagnosticCode code, Severity severity, string? place = null)
    {
        var finding = Assert.Single(findings);
        Assert.Equal(code, finding.Code);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(place, finding.Span.Place);
        return finding;
    }

    private static string Show(IEnumerable<Diagnostic> diagnostics, string language = "en") =>
        string.Join("\n", diagnostics.Select(d => TextDiagnosticFormatter.Format(d, language)));

    /// <summary>
    /// The fixture was printed before the closing was kept with the signature: its last page opens
    /// with the signing block, which is the one thing wrong with it (fonts embedded, NFC, no fields).
    /// A PDF <c>build --pdf</c> writes today passes with none (PdfOutputTests).
    /// </summary>
    [Fact]
    public void An_older_printed_plan_is_told_only_that_its_signing_block_stands_alone_on_the_last_page()
    {
        Only(Check(File.ReadAllBytes(Fixture)), DiagnosticCode.PdfCheckSigningBlockAlone, Severity.Warning, "page 6");
    }

    [Fact]
    public void A_standard_font_the_PDF_does_not_carry_is_an_error_naming_the_font_at_its_page()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        builder.AddPage(PageSize.A4).AddText("Ke hoach so 68/KH-UBND", 13, new PdfPoint(72, 760), font);
        var finding = Only(Check(builder.Build()), DiagnosticCode.PdfCheckFontNotEmbedded, Severity.Error, "page 1");
        Assert.Contains("Times-Roman", Show([finding]), StringComparison.Ordinal);
        Assert.Contains("không được nhúng", Show([finding], "vi"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_PDF_is_an_error_asking_for_an_unencrypted_copy()
    {
        Only(Check(PdfReaderBadInputTests.EncryptedPdf()), DiagnosticCode.PdfCheckEncrypted, Severity.Error);
    }

    [Theory]
    [InlineData("", DiagnosticCode.PdfCheckSignatureField)]
    [InlineData("/V 6 0 R", DiagnosticCode.PdfCheckAlreadySigned)]
    public void A_signature_field_is_an_error_so_the_signer_signs_once(string value, DiagnosticCode expected)
    {
        var pdf = RawPdf.Build(
        [
            "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [5 0 R] >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            "<< /Type /Annot /Subtype /Widget /FT /Sig /T (ChuKyGiamDoc) /Rect [350 100 550 160] /P 3 0 R " + value + " >>",
            "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /Contents <00> /ByteRange [0 0 0 0] >>",
        ]);
        var finding = Only(Check(pdf), expected, Severity.Error, "page 1");
        Assert.Contains("ChuKyGiamDoc", Show([finding]), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_pdf_that_is_not_one_is_a_clear_error_without_a_stack_trace()
    {
        using var temp = new TempFolder();
        var path = temp.File("ke-hoach.pdf", "Kế hoạch số 68/KH-UBND\n");
        var run = CliRun.Of("check", path, "--lang", "vi");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG6050", run.Error, StringComparison.Ordinal);
        Assert.Contains("dưới dạng PDF", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_PDF_with_an_error_finding_exits_non_zero_and_names_the_page()
    {
        using var temp = new TempFolder();
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);
        builder.AddPage(PageSize.A4).AddText("Ke hoach", 13, new PdfPoint(72, 760), builder.AddStandard14Font(Standard14Font.Helvetica));
        var path = temp.File("ke-hoach.pdf");
        File.WriteAllBytes(path, builder.Build());
        var run = CliRun.Of("check", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ke-hoach.pdf(page 2): error PG5063", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "ke-hoach.pdf(page 1): error PG5063: The font \"Times-Roman\" is not embedded", "The same holds on 3 pages in all: pages 1–3.")]
    [InlineData("vi", "ke-hoach.pdf(trang 1): lỗi PG5063: Phông chữ \"Times-Roman\" không được nhúng", "Tổng cộng 3 trang như vậy: trang 1–3.")]
    public void A_font_left_out_of_every_page_is_told_once_with_its_pages(string language, string told, string pages)
    {
        using var temp = new TempFolder();
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        foreach (var text in new[] { "Ke hoach so 68/KH-UBND", "II. NOI DUNG", "III. TO CHUC THUC HIEN" })
        {
            builder.AddPage(PageSize.A4).AddText(text, 13, new PdfPoint(72, 760), font);
        }
        var path = temp.File("ke-hoach.pdf");
        File.WriteAllBytes(path, builder.Build());

        var run = CliRun.Of("check", path, "--lang", language);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Error.Split('\n'), line => line.Contains("PG5063", StringComparison.Ordinal));
        Assert.Contains(told, run.Error, StringComparison.Ordinal);
        Assert.Contains(pages, run.Error, StringComparison.Ordinal);
    }

    [TrueTypeFact]
    public void Text_not_in_NFC_on_several_pages_is_told_once_at_the_first_with_its_pages()
    {
        var decomposed = "Bảo đảm an toàn giao thông".Normalize(System.Text.NormalizationForm.FormD);
        var finding = Only(Check(Pages([decomposed], [decomposed])), DiagnosticCode.PdfCheckTextNotNfc, Severity.Warning, "page 1");

        Assert.Equal(["page 1", "page 2"], finding.Places.Select(p => p.Place));
        Assert.Contains("The same holds on 2 pages in all: pages 1–2.", Show([finding]), StringComparison.Ordinal);
        Assert.Contains("Tổng cộng 2 trang như vậy: trang 1–2.", Show([finding], "vi"), StringComparison.Ordinal);
    }

    [TrueTypeFact]
    public void Text_not_in_NFC_is_a_warning_naming_the_page_and_the_words()
    {
        var decomposed = "Bảo đảm an toàn giao thông".Normalize(System.Text.NormalizationForm.FormD);
        var finding = Only(Check(Pages(["Kế hoạch số 68/KH-UBND"], [decomposed])), DiagnosticCode.PdfCheckTextNotNfc, Severity.Warning, "page 2");
        var shown = Show([finding]);
        Assert.Contains("page 2", shown, StringComparison.Ordinal);
        Assert.Contains("Ba", shown, StringComparison.Ordinal);
    }

    [TrueTypeFact]
    public void A_signing_block_alone_at_the_top_of_its_page_is_a_warning_to_keep_the_last_lines_with_it()
    {
        var finding = Only(Check(Pages(Body, [])), DiagnosticCode.PdfCheckSigningBlockAlone, Severity.Warning, "page 2");
        Assert.Contains("Keep the last lines", Show([finding]), StringComparison.Ordinal);
        Assert.Contains("cùng trang với chữ ký", Show([finding], "vi"), StringComparison.Ordinal);
    }

    [TrueTypeFact]
    public void A_signing_block_with_the_last_lines_of_the_text_above_it_passes()
    {
        var findings = Check(Pages(Body[..^2], Body[^2..]));
        Assert.True(findings.Count == 0, Show(findings));
    }

    private static readonly string[] Body =
    [
        "KẾ HOẠCH",
        "Bảo đảm trật tự, an toàn giao thông năm 2024",
        "1. Các sở, ban, ngành tổ chức thực hiện kế hoạch này.",
        "2. Công an tỉnh chủ trì, phối hợp với các đơn vị liên quan.",
        "3. Ủy ban nhân dân các huyện báo cáo kết quả trước ngày 15/12./.",
    ];

    /// <summary>
    /// Two A4 pages in an embedded font: page 1 with <paramref name="first"/>, page 2 numbered at its
    /// top with <paramref name="second"/> and then the signing block (recipients beside the signer).
    /// </summary>
    private static byte[] Pages(string[] first, string[] second)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(SystemFont.Serif!));
        var one = builder.AddPage(PageSize.A4);
        for (var i = 0; i < first.Length; i++) one.AddText(first[i], 13, new PdfPoint(85, 760 - (i * 20)), font);
        var two = builder.AddPage(PageSize.A4);
        two.AddText("2", 13, new PdfPoint(297, 810), font);
        var y = 770.0;
        foreach (var line in second)
        {
            two.AddText(line, 13, new PdfPoint(85, y), font);
            y -= 20;
        }
        y -= 20;
        (string Left, string Right)[] block =
        [
            ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"),
            ("- Như trên;", "KT. CHỦ TỊCH"),
            ("- Lưu: VT.", "PHÓ CHỦ TỊCH"),
        ];
        foreach (var (left, right) in block)
        {
            two.AddText(left, 12, new PdfPoint(85, y), font);
            two.AddText(right, 13, new PdfPoint(340, y), font);
            y -= 16;
        }
        two.AddText("Nguyễn Trọng Hài", 14, new PdfPoint(350, y - 60), font);
        return builder.Build();
    }
}
