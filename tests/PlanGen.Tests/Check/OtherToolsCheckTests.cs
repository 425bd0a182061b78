using System.Diagnostics;
using PlanGen.Tests.Docx.Reading;
using PlanGen.Tests.Support;
using static PlanGen.Tests.Docx.Reading.RawDocx;

namespace PlanGen.Tests.Check;

/// <summary>Documents plangen did not write: pandoc's default output of a seed, and a plainly typed one.</summary>
public class OtherToolsCheckTests
{
    private static string Fixture => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Check", "Fixtures", "pandoc-lao-cai-2024.docx");

    [Fact]
    public void Pandocs_default_docx_of_a_seed_fails_with_at_least_five_codes()
    {
        var found = CheckRun.Bytes(File.ReadAllBytes(Fixture));
        AssertPandocFindings(found);
    }

    [Fact]
    public void Pandocs_default_docx_made_now_fails_the_same_way_when_pandoc_is_installed()
    {
        var seed = Path.Combine(TestPaths.Seeds, ExampleBuilds.Seeds["lao-cai-2024/ubnd-tinh-atgt-2024.yaml"]);
        if (!File.Exists(seed) || !OnPath("pandoc")) return; // the committed fixture above covers machines without pandoc
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "seed.docx");
        using (var pandoc = Process.Start(new ProcessStartInfo("pandoc", ["-f", "markdown", "-t", "docx", seed, "-o", output]) { RedirectStandardError = true })!)
        {
            pandoc.WaitForExit();
            Assert.Equal(0, pandoc.ExitCode);
        }

        AssertPandocFindings(CheckRun.Bytes(File.ReadAllBytes(output)));
    }

    private static void AssertPandocFindings(IReadOnlyList<PlanGen.Core.Diagnostics.Diagnostic> found)
    {
        var codes = found.Where(d => d.Severity == PlanGen.Core.Diagnostics.Severity.Error).Select(d => d.Id).Distinct().ToList();
        Assert.True(codes.Count >= 5, CheckRun.Show(found));
        Assert.Contains("PG5014", codes); // no national title, motto, number line: pandoc writes none
        Assert.Contains("PG5020", codes); // 12 pt body
        Assert.Contains("PG5021", codes); // left-aligned body
        Assert.Contains("PG5027", codes); // no page numbers
    }

    [Fact]
    public void A_type_line_run_together_with_the_subject_is_told_as_run_together_not_as_missing()
    {
        var vi = CliRun.Of("check", Fixture, "--lang", "vi").Error;
        var en = CliRun.Of("check", Fixture, "--lang", "en").Error;

        Assert.Contains("(đoạn 1): lỗi PG5070: Tên loại văn bản \"KẾ HOẠCH\" và trích yếu viết liền trên một dòng: \"KẾ HOẠCH Bảo đảm", vi, StringComparison.Ordinal);
        Assert.Contains("gợi ý: Xuống dòng ngay sau chữ \"KẾ HOẠCH\" để trích yếu đứng riêng ở dòng dưới", vi, StringComparison.Ordinal);
        Assert.DoesNotContain("Không tìm thấy tên loại văn bản", vi, StringComparison.Ordinal);
        Assert.Contains("(paragraph 1): error PG5070: The document type \"KẾ HOẠCH\" and the subject run together on one line", en, StringComparison.Ordinal);
        Assert.Contains("hint: Put the subject on its own line under \"KẾ HOẠCH\"", en, StringComparison.Ordinal);
        Assert.DoesNotContain("The document type (KẾ HOẠCH …) was not found", en, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plainly_typed_document_with_a_tab_separated_header_gets_the_findings_it_deserves()
    {
        const string styles = "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\"/><w:sz w:val=\"22\"/></w:rPr></w:rPrDefault></w:docDefaults>";
        const string bold = "<w:b/>";
        var body = P("UBND TỈNH LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", rPr: bold)
            + P("BAN AN TOÀN GIAO THÔNG\tĐộc lập - Tự do - Hạnh phúc", rPr: bold)
            + P("Số: 5/KH-BATGT\tLào Cai, ngày 5 tháng 2 năm 2024")
            + P("KẾ HOẠCH", "<w:jc w:val=\"center\"/>", bold)
            + P("Bảo đảm an toàn giao thông năm 2024", "<w:jc w:val=\"center\"/>", bold)
            + P("I. MỤC TIÊU", rPr: bold)
            + P("1. Giảm tai nạn giao thông trên cả ba tiêu chí về số vụ, số người chết và số người bị thương so với năm trước.")
            + P("3. Không để xảy ra ùn tắc giao thông kéo dài trên các tuyến quốc lộ, tỉnh lộ đi qua địa bàn tỉnh Lào Cai.")
            + P("Nơi nhận:", rPr: bold) + P("- Công an tỉnh;") + P("- Lưu: VT.") + P("TRƯỞNG BAN", rPr: bold) + P("Nguyễn Văn An", rPr: bold);
        var found = CheckRun.Bytes(Make(body, styles));
        var codes = found.Select(d => d.Id).ToHashSet();
        foreach (var expected in new[] { "PG5013", "PG5015", "PG5018", "PG5019", "PG5020", "PG5021", "PG5025", "PG5027" })
        {
            Assert.True(codes.Contains(expected), $"{expected} missing in:\n{CheckRun.Show(found)}");
        }

        // Recognised through the tabs: the header items are found, not reported missing.
        Assert.DoesNotContain(found, d => d.Id == "PG5014");
        Assert.Contains(found, d => d.Id == "PG5018" && d.Span.Place == "paragraph 3");
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, tool)));
}
