using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hierarchy;

/// <summary>
/// <c>plangen derive</c> on a parent that gives no unit a task and has no units.yaml beside it (the
/// Khánh Hòa plan, alone in a folder): the clerk is told why no name can be suggested and what to do,
/// not handed an empty list of names.
/// </summary>
public sealed class DeriveWithoutUnitsTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _parent;

    public DeriveWithoutUnitsTests()
    {
        var source = Path.Combine(TestPaths.Examples, "khanh-hoa-2021", "ke-hoach-atgt-2021-2030.yaml");
        _parent = _temp.File("ke-hoach-atgt-2021-2030.yaml", File.ReadAllText(source));
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("vi", "không giao nhiệm vụ cho đơn vị nào", "units.yaml")]
    [InlineData("en", "assigns no task to a unit", "units.yaml")]
    public void A_unit_of_a_parent_that_names_none_is_refused_with_what_to_do(string language, string why, string remedy)
    {
        var run = CliRun.Of("derive", _parent, "--unit", "Sở Giao thông vận tải", "--lang", language);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG2116", run.Error, StringComparison.Ordinal);
        Assert.Contains(why, run.Error, StringComparison.Ordinal);
        Assert.Contains(remedy, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(": .", run.Error, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(_temp.Path));
    }
}
