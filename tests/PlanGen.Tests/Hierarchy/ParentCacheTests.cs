using PlanGen.Core;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hierarchy;

/// <summary>
/// The sub-plans of a batch read their parent, and the chain above it, once; an edit anywhere on the
/// chain is seen by the next run in the same process; each sub-plan still hears of the parent's
/// problems at its own <c>parent:</c> line.
/// </summary>
public sealed class ParentCacheTests : IDisposable
{
    private readonly TempFolder _temp = new();
    // One run for the whole test, as a watch keeps one while it builds again on each save.
    private readonly PlanGenRun _plangen = TestRun.New();

    public void Dispose() => _temp.Dispose();

    private static string Province(string date = "2024-01-31", string parent = "") => $"""
        issuer:
          name: Ủy ban nhân dân tỉnh Lào Cai
          short_name: UBND tỉnh
          code: UBND
          place: Lào Cai
          level: province
        number: 68
        date: {date}
        title: Bảo đảm an toàn giao thông năm 2024
        period: 2024
        {parent}
        """;

    private static string National(string date = "2024-01-10") => $"""
        issuer:
          name: Ủy ban An toàn giao thông Quốc gia
          code: UBATGTQG
          place: Hà Nội
          level: national
        number: 689
        date: {date}
        title: Bảo đảm trật tự, an toàn giao thông năm 2024
        period: 2024
        """;

    private static string Department(string parent, int blankLinesBeforeParent = 0) => $"""
        template: ke-hoach-atgt
        issuer:
          name: Sở Giáo dục và Đào tạo
          code: SGDĐT
          place: Lào Cai
          level: department
        number: 5
        date: 2024-02-20
        title: Triển khai Kế hoạch bảo đảm an toàn giao thông năm 2024
        period: 2024{new string('\n', blankLinesBeforeParent)}
        parent: {parent}
        """;

    private string[] Children(int count, string parent = "parent.yaml") =>
        [.. Enumerable.Range(1, count).Select(i => _temp.File($"con/so-{i}.yaml", Department("../" + parent)))];

    private static string[] Errors(CliRun run, string code) =>
        [.. run.Error.Split('\n').Where(l => l.Contains($": error {code}:", StringComparison.Ordinal))];

    [Fact]
    public void A_batch_of_sub_plans_reads_their_parent_once()
    {
        var parent = _temp.File("parent.yaml", Province());

        var run = CliRun.In(_plangen, ["validate", .. Children(24), "--lang", "en"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, _plangen.Parents.ReadsOf(parent));
    }

    [Fact]
    public void A_chain_of_grandparents_is_read_once()
    {
        var top = _temp.File("quoc-gia.yaml", National());
        var parent = _temp.File("parent.yaml", Province(parent: "parent: quoc-gia.yaml"));

        var run = CliRun.In(_plangen, ["validate", .. Children(12), "--lang", "en"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, _plangen.Parents.ReadsOf(parent));
        Assert.Equal(1, _plangen.Parents.ReadsOf(top));
    }

    [Fact]
    public void Each_sub_plan_names_the_parents_error_at_its_own_parent_line()
    {
        _temp.File("parent.yaml", Province(date: "2024-13-31"));
        var first = _temp.File("con/mot.yaml", Department("../parent.yaml"));
        var second = _temp.File("con/hai.yaml", Department("../parent.yaml", blankLinesBeforeParent: 3));

        var run = CliRun.In(_plangen, "validate", first, second, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        var errors = Errors(run, "PG2103");
        Assert.Equal(2, errors.Length);
        Assert.Single(errors, l => l.StartsWith(first + "(11,9):", StringComparison.Ordinal) && l.Contains("'2024-13-31'", StringComparison.Ordinal));
        Assert.Single(errors, l => l.StartsWith(second + "(14,9):", StringComparison.Ordinal) && l.Contains("'2024-13-31'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edited_parent_is_read_again()
    {
        var parent = _temp.File("parent.yaml", Province(date: "2024-13-31"));
        var children = Children(3);
        Assert.Equal(3, Errors(CliRun.In(_plangen, ["validate", .. children, "--lang", "en"]), "PG2103").Length);

        // Another length too, so the change shows even where write times are coarse.
        File.WriteAllText(parent, Province() + "purpose: Kéo giảm tai nạn giao thông.\n");
        var run = CliRun.In(_plangen, ["validate", .. children, "--lang", "en"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, _plangen.Parents.ReadsOf(parent));
    }

    [Fact]
    public void An_edited_grandparent_is_read_again()
    {
        var top = _temp.File("quoc-gia.yaml", National());
        _temp.File("parent.yaml", Province(parent: "parent: quoc-gia.yaml"));
        var children = Children(3);
        Assert.Equal(0, CliRun.In(_plangen, ["validate", .. children]).ExitCode);

        File.WriteAllText(top, National(date: "2024-13-31") + "purpose: Kéo giảm tai nạn giao thông.\n");
        var run = CliRun.In(_plangen, ["validate", .. children, "--lang", "en"]);

        Assert.Equal(3, Errors(run, "PG2103").Length);
        Assert.Equal(2, _plangen.Parents.ReadsOf(top));
    }

    [Fact]
    public void A_units_file_of_the_parent_edited_is_seen()
    {
        var units = _temp.File("units.yaml", "units: [\n");
        _temp.File("parent.yaml", Province());
        var children = Children(2);
        Assert.Equal(2, Errors(CliRun.In(_plangen, ["validate", .. children, "--lang", "en"]), "PG2103").Length);

        File.WriteAllText(units, "units:\n  - id: ubnd-tinh\n    name: Ủy ban nhân dân tỉnh Lào Cai\n    level: province\n");

        Assert.Equal(0, CliRun.In(_plangen, ["validate", .. children]).ExitCode);
    }

    [Fact]
    public void A_missing_grandparent_written_later_is_seen()
    {
        _temp.File("parent.yaml", Province(parent: "parent: quoc-gia.yaml"));
        var children = Children(2);
        Assert.Equal(2, Errors(CliRun.In(_plangen, ["validate", .. children, "--lang", "en"]), "PG2103").Length);

        _temp.File("quoc-gia.yaml", National());

        Assert.Equal(0, CliRun.In(_plangen, ["validate", .. children]).ExitCode);
    }

    [Fact]
    public void Plans_whose_parents_loop_each_report_the_cycle_from_their_own_place()
    {
        // Run several times: the plans are checked in parallel, and reads up chains that loop into
        // each other must neither wait on each other nor share a cycle seen from another place.
        for (var round = 0; round < 4; round++)
        {
            var a = _temp.File($"vong-{round}/a.yaml", Department("b.yaml"));
            var b = _temp.File($"vong-{round}/b.yaml", Department("a.yaml"));
            var c = _temp.File($"vong-{round}/c.yaml", Department("a.yaml"));
            var d = _temp.File($"vong-{round}/d.yaml", Department("b.yaml"));

            var errors = Errors(CliRun.In(_plangen, "validate", a, b, c, d, "--lang", "en"), "PG2102");

            Assert.Equal(4, errors.Length);
            Assert.Single(errors, l => l.StartsWith(a + "(11,9):", StringComparison.Ordinal) && l.EndsWith("a.yaml → b.yaml → a.yaml.", StringComparison.Ordinal));
            Assert.Single(errors, l => l.StartsWith(b + "(11,9):", StringComparison.Ordinal) && l.EndsWith("b.yaml → a.yaml → b.yaml.", StringComparison.Ordinal));
            Assert.Single(errors, l => l.StartsWith(c + "(11,9):", StringComparison.Ordinal) && l.EndsWith("a.yaml → b.yaml → a.yaml.", StringComparison.Ordinal));
            Assert.Single(errors, l => l.StartsWith(d + "(11,9):", StringComparison.Ordinal) && l.EndsWith("b.yaml → a.yaml → b.yaml.", StringComparison.Ordinal));
        }
    }
}
