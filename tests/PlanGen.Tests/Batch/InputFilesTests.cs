using PlanGen.Core.Batch;
using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Batch;

public sealed class InputFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_folder_yields_its_plans_in_ordinal_order_without_units_yaml()
    {
        _temp.File("so-yte.yaml", "");
        _temp.File("Units.yaml", "");
        _temp.File("ban-atgt.yaml", "");
        _temp.File("ghi-chu.txt", "");
        var diagnostics = new DiagnosticBag();

        var files = InputFiles.Expand([_temp.Path], diagnostics);

        Assert.Equal(["ban-atgt.yaml", "so-yte.yaml"], files.Select(Path.GetFileName));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_folder_yields_the_plans_of_its_sub_folders_too_but_not_hidden_ones()
    {
        _temp.File("lao-cai-2024/ubnd-tinh.yaml", "");
        _temp.File("lao-cai-2024/units.yaml", "");
        _temp.File("lao-cai-2024/so/so-gddt.yaml", "");
        _temp.File("binh-phuoc/ubnd-tinh.yaml", "");
        _temp.File(".git/config.yaml", "");
        var diagnostics = new DiagnosticBag();

        var files = InputFiles.Expand([_temp.Path], diagnostics);

        Assert.Equal(
            ["binh-phuoc/ubnd-tinh.yaml", "lao-cai-2024/so/so-gddt.yaml", "lao-cai-2024/ubnd-tinh.yaml"],
            files.Select(f => Path.GetRelativePath(_temp.Path, f).Replace('\\', '/')));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Files_are_kept_as_given_even_when_missing_so_reading_reports_them()
    {
        var diagnostics = new DiagnosticBag();

        var files = InputFiles.Expand(["b.yaml", "a.yaml"], diagnostics);

        Assert.Equal(["b.yaml", "a.yaml"], files);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_folder_without_plans_is_PG4004_at_the_folder()
    {
        _temp.File("units.yaml", "");
        var diagnostics = new DiagnosticBag();

        var files = InputFiles.Expand([_temp.Path], diagnostics);

        Assert.Empty(files);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticCode.NoInputs, Severity.Error, _temp.Path), (diagnostic.Code, diagnostic.Severity, diagnostic.Span.File));
    }
}
