using PlanGen.Tests.Support;

namespace PlanGen.Tests.Check;

public class CheckCommandTests
{
    [Fact]
    public void A_plangen_docx_exits_0_and_a_typed_one_exits_1_with_compiler_style_places()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.docx");
        File.WriteAllBytes(good, CheckRun.LaoCai);
        Assert.Equal(0, CliRun.Of("check", good, "--lang", "en").ExitCode);

        var bad = folder.File("bad.docx");
        File.WriteAllBytes(bad, Mutate.Apply(CheckRun.LaoCai, b => Mutate.SetText(Mutate.Starting(b, "Số:"), "Số: 68 / KH-UBND")));
        var run = CliRun.Of("check", good, bad, "--lang", "vi");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(bad + "(đoạn 3): lỗi PG5018: Dòng số, ký hiệu \"Số: 68 / KH-UBND\" không đúng thể thức", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_file_ends_with_one_line_of_its_counts_in_the_runs_language()
    {
        using var folder = new TempFolder();
        var good = folder.File("ke-hoach.docx");
        File.WriteAllBytes(good, CheckRun.LaoCai);
        var bad = folder.File("bad.docx");
        File.WriteAllBytes(bad, Mutate.Apply(CheckRun.LaoCai, b => Mutate.SetText(Mutate.Starting(b, "Số:"), "Số: 68 / KH-UBND")));

        var english = CliRun.Of("check", good, "--lang", "en");
        var vietnamese = CliRun.Of("check", good, bad, "--lang", "vi");

        Assert.Equal(good + ": no errors, no warnings", english.Error.TrimEnd());
        Assert.Contains(good + ": 0 lỗi, 0 cảnh báo", vietnamese.Error.Split('\n').Select(l => l.TrimEnd()));
        Assert.Contains(bad + ": 1 lỗi, 0 cảnh báo", vietnamese.Error.Split('\n').Select(l => l.TrimEnd()));
        Assert.Equal("", CliRun.Of("check", good, "-q").Error);
    }

    [Fact]
    public void Json_diagnostics_name_the_paragraph()
    {
        using var folder = new TempFolder();
        var bad = folder.File("bad.docx");
        File.WriteAllBytes(bad, Mutate.Apply(CheckRun.LaoCai, b => Mutate.SetText(Mutate.Starting(b, "Số:"), "Số: 68 / KH-UBND")));
        var run = CliRun.Of("check", bad, "--diagnostics", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"place\": \"paragraph 3\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("\"line\": 3", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_a_docx_exits_1_and_a_bad_command_line_2()
    {
        using var folder = new TempFolder();
        var text = folder.File("plan.docx", "Kế hoạch");
        var run = CliRun.Of("check", text, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG5001", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, CliRun.Of("check").ExitCode);
        Assert.Equal(2, CliRun.Of("check", text, "--profile").ExitCode);
    }

    [Fact]
    public void A_profile_outside_the_decree_is_refused_as_build_refuses_it()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.docx");
        File.WriteAllBytes(good, CheckRun.LaoCai);
        var profile = folder.File("layout.yaml", "body_size_pt: 12\n");
        var run = CliRun.Of("check", good, "--profile", profile, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG4005", run.Error, StringComparison.Ordinal);

        var office = folder.File("office.yaml", "body_size_pt: 13\n");
        var narrowed = CliRun.Of("check", good, "--profile", office, "--lang", "en");
        Assert.Equal(1, narrowed.ExitCode); // the plan's body is 14 pt, the office asks for 13
        Assert.Contains("PG5020", narrowed.Error, StringComparison.Ordinal);
    }
}
