using PlanGen.Core.Check;
using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

/// <summary>
/// What a clerk reads in Vietnamese is Vietnamese: the severity of each line, a YAML key called
/// khóa (never trường, which reads as "school"), the summary of a build said verb first with its
/// counts set apart by semicolons, the help's placeholders (in its usage line too) and its
/// description of a parent that may be a DOCX or PDF.
/// </summary>
public sealed class VietnameseWordingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(Severity.Error, "lỗi", "error")]
    [InlineData(Severity.Warning, "cảnh báo", "warning")]
    [InlineData(Severity.Info, "thông tin", "info")]
    public void A_lines_severity_is_in_the_runs_language(Severity severity, string vietnamese, string english)
    {
        var diagnostic = new Diagnostic(DiagnosticCode.UnknownField, severity, SourceSpan.At("ke-hoach.yaml", 3, 0), ["noi_dung", ""]);

        Assert.StartsWith($"ke-hoach.yaml(4,1): {vietnamese} PG1006: ", TextDiagnosticFormatter.Format(diagnostic, "vi"), StringComparison.Ordinal);
        Assert.StartsWith($"ke-hoach.yaml(4,1): {english} PG1006: ", TextDiagnosticFormatter.Format(diagnostic, "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_takes_the_readers_decimal_mark_and_a_quoted_number_stays_as_written()
    {
        // "1.27 cm" reads in Vietnamese as a hundred and twenty-seven; the paragraph quoted is data.
        var diagnostic = new Diagnostic(DiagnosticCode.CheckBodyIndent, Severity.Error, SourceSpan.WholeFile("ke-hoach.docx"),
            ["Mục 1.2 của kế hoạch", LayoutRange.Measure(0.42), new LayoutRange(1, 1.27, "").Measured()]);

        Assert.Contains("\"Mục 1.2 của kế hoạch\": lùi đầu dòng 0,42 cm; Nghị định 30 quy định 1–1,27 cm.", diagnostic.Message("vi"), StringComparison.Ordinal);
        Assert.Contains("\"Mục 1.2 của kế hoạch\": first-line indent 0.42 cm; the decree asks for 1–1.27 cm.", diagnostic.Message("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_a_khóa_plangen_does_not_know_with_the_key_it_stands_for()
    {
        var plan = _temp.File("ke-hoach.yaml", """
            template: ke-hoach-atgt
            issuer:
              name: Trường THCS Xuân Quang
              code: THCS
              place: Xuân Quang
              level: xã
            title: Bảo đảm an toàn giao thông năm học 2024 - 2025
            noi_dung:
              items:
                - Tuyên truyền cho học sinh.
            """);

        var run = CliRun.Of("validate", plan, "--lang", "vi");

        Assert.Contains("lỗi PG1006: Không nhận ra khóa 'noi_dung'.", run.Error, StringComparison.Ordinal);
        Assert.Contains("'content'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Trường 'noi_dung'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("PG2031", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_that_makes_nothing_says_how_many_were_made_and_how_many_not()
    {
        var plan = _temp.File("hong.yaml", "title: [\n");

        var run = CliRun.Of("build", plan, "--lang", "vi");

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("Đã tạo 0 kế hoạch; không tạo được 1 văn bản; 0 cảnh báo", run.Error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_summary_names_what_it_made_after_its_verb_and_sets_the_counts_apart()
    {
        // The family's list has its own commas: only a semicolon tells where the warnings begin.
        var run = CliRun.Of("build", Path.Combine(TestPaths.Examples, "khanh-hoa-2021"), "-o", _temp.Path, "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("Đã tạo 1 kế hoạch, 1 tờ trình, 1 thông báo, 1 quyết định và 1 công văn; 0 cảnh báo", run.Error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_its_placeholders_in_Vietnamese_and_a_parent_may_be_a_docx_or_pdf()
    {
        var vietnamese = CliRun.Of("coverage", "--help", "--lang", "vi").Out;
        var english = CliRun.Of("coverage", "--help", "--lang", "en").Out;
        var build = CliRun.Of("build", "--help", "--lang", "vi").Out;

        Assert.Contains("<kế hoạch cấp trên>", vietnamese, StringComparison.Ordinal);
        Assert.Contains(" coverage <kế hoạch cấp trên> [<kế hoạch cấp dưới>...]", vietnamese, StringComparison.Ordinal);
        Assert.Contains(" coverage <parent> [<children>...]", english, StringComparison.Ordinal);
        Assert.Contains("tệp YAML, hoặc tệp DOCX, PDF", vietnamese, StringComparison.Ordinal);
        Assert.Contains("<parent>", english, StringComparison.Ordinal);
        Assert.Contains("the DOCX or PDF it was issued as", english, StringComparison.Ordinal);
        Assert.Contains("thay cho mẫu ghi trong kế hoạch", build, StringComparison.Ordinal);
        Assert.Contains("--output <nơi ghi>", build, StringComparison.Ordinal);
    }
}
