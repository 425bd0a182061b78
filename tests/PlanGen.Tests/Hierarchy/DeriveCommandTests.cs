using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Format;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Hierarchy;
using PlanGen.Core.Yaml;
using PlanGen.Tests.Support;
using PlanGen.Core.Hierarchy.ParentRules;

namespace PlanGen.Tests.Hierarchy;

/// <summary><c>plangen derive</c> on the Lào Cai province plan, in a scratch copy of its folder.</summary>
public sealed class DeriveCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _parent;

    public DeriveCommandTests()
    {
        var source = Path.Combine(TestPaths.Examples, "lao-cai-2024");
        _parent = _temp.File("ubnd-tinh-atgt-2024.yaml", File.ReadAllText(Path.Combine(source, "ubnd-tinh-atgt-2024.yaml")));
        _temp.File("units.yaml", File.ReadAllText(Path.Combine(source, "units.yaml")));
    }

    public void Dispose() => _temp.Dispose();

    private static readonly string[] EducationTasks = ["III.2.1", "III.2.2", "III.2.3", "III.2.4", "VIII.3"];

    [Theory]
    [InlineData("Sở Giáo dục và Đào tạo")]
    [InlineData("Sở GD&ĐT")]
    [InlineData("sở giáo dục – đào tạo")]
    [InlineData("so-gddt")]
    public void Derived_plan_holds_exactly_the_tasks_the_unit_leads_under_any_spelling(string unit)
    {
        var run = CliRun.Of("derive", _parent, "--unit", unit);

        Assert.Equal(0, run.ExitCode);
        var plan = PlanLoader.Read(_temp.File("so-gddt.yaml"), new DiagnosticBag())!;
        Assert.Equal(EducationTasks, plan.Content!.Items.Select(i => i.ParentTask));
        Assert.Equal(["I.4", "V.4"], plan.Extra.Single().Items.Select(i => i.ParentTask));
    }

    [Fact]
    public void Derived_plan_validates_without_errors_or_warnings()
    {
        var child = _temp.File("sub/cong-an.yaml");

        var run = CliRun.Of("derive", _parent, "--unit", "Công an tỉnh", "-o", child);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(Diagnose.Plan(child).Items.Where(d => d.Severity != Severity.Info).Select(d => TextDiagnosticFormatter.Format(d, "en")));
        var text = File.ReadAllText(child);
        Assert.Contains("parent: ../ubnd-tinh-atgt-2024.yaml\n", text, StringComparison.Ordinal);
        Assert.Contains("# TODO:", text, StringComparison.Ordinal);
        Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Derived_plan_names_the_parent_issuer_among_recipients_and_has_a_department_signature()
    {
        CliRun.Of("derive", _parent, "--unit", "Sở GD&ĐT");

        var plan = PlanLoader.Read(_temp.File("so-gddt.yaml"), new DiagnosticBag())!;
        Assert.Equal("UBND tỉnh (b/c)", plan.Recipients[0].Text);
        Assert.Equal(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], plan.Signature!.AuthorityBlock.Format());
        Assert.Equal("Ủy ban nhân dân tỉnh Lào Cai", plan.Issuer.GoverningBody);
        Assert.Equal("Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn", plan.Theme);
        Assert.Equal("ke-hoach-atgt", plan.Template);
    }

    [Fact]
    public void Derive_refuses_to_overwrite_without_force_and_overwrites_with_it()
    {
        var child = _temp.File("child.yaml", "# the clerk's work\n");

        var refused = CliRun.Of("derive", _parent, "--unit", "Sở GD&ĐT", "-o", child, "--lang", "en");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error PG4001", refused.Error, StringComparison.Ordinal);
        Assert.Equal("# the clerk's work\n", File.ReadAllText(child));

        var forced = CliRun.Of("derive", _parent, "--unit", "Sở GD&ĐT", "-o", child, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("parent_task: III.2.1", File.ReadAllText(child), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_temp.Path, "*.tmp"));
    }

    [Fact]
    public void Unknown_unit_exits_one_with_the_closest_names()
    {
        var run = CliRun.Of("derive", _parent, "--unit", "Sở Giáo dục", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG2116: No unit named 'Sở Giáo dục'.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Sở Giáo dục và Đào tạo", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("so-giao-duc.yaml")));
    }

    [Fact]
    public void Editing_the_parent_number_changes_the_child_citation()
    {
        CliRun.Of("derive", _parent, "--unit", "Sở GD&ĐT");
        var child = PlanLoader.Read(_temp.File("so-gddt.yaml"), new DiagnosticBag())!;

        var before = ParentResolver.Resolve(TestRun.New(), child, new DiagnosticBag())!.Citation.ToText();
        File.WriteAllText(_parent, File.ReadAllText(_parent).Replace("number: 68\n", "number: 7\n", StringComparison.Ordinal));
        var after = ParentResolver.Resolve(TestRun.New(), child, new DiagnosticBag())!.Citation.ToText();

        Assert.Equal("Kế hoạch số 68/KH-UBND ngày 31/01/2024 của Ủy ban nhân dân tỉnh Lào Cai về bảo đảm an toàn giao thông năm 2024", before);
        Assert.Equal("Kế hoạch số 07/KH-UBND ngày 31/01/2024 của Ủy ban nhân dân tỉnh Lào Cai về bảo đảm an toàn giao thông năm 2024", after);
    }

    [Fact]
    public void Moving_a_deadline_past_the_parent_or_dating_before_it_is_an_error_at_that_line()
    {
        CliRun.Of("derive", _parent, "--unit", "Sở GD&ĐT");
        var path = _temp.File("so-gddt.yaml");
        var text = File.ReadAllText(path)
            .Replace("timeline: Tổng rà soát trong Quý I/2024 và duy trì thường xuyên", "timeline: Quý III/2024", StringComparison.Ordinal)
            .Replace("title: Triển khai", "date: 2024-01-20\ntitle: Triển khai", StringComparison.Ordinal);
        File.WriteAllText(path, text);
        var lines = text.Split('\n');
        var deadlineLine = Array.FindIndex(lines, l => l.Contains("Quý III/2024", StringComparison.Ordinal)) + 1;
        var dateLine = Array.FindIndex(lines, l => l.StartsWith("date:", StringComparison.Ordinal)) + 1;

        var run = CliRun.Of("validate", path, "--lang", "vi");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"so-gddt.yaml({deadlineLine},17): lỗi PG2104: Hạn \"Quý III/2024\" muộn hơn hạn \"Tổng rà soát trong Quý I/2024 và duy trì thường xuyên\" của nhiệm vụ III.2.4 trong kế hoạch cấp trên.", run.Error, StringComparison.Ordinal);
        Assert.Contains($"so-gddt.yaml({dateLine},7): lỗi PG2105:", run.Error, StringComparison.Ordinal);
    }
}
