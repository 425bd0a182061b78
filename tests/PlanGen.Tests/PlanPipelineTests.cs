using PlanGen.Tests.Support;
using PlanGen.Core;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Tests;

public sealed class PlanPipelineTests
{
    [Fact]
    public void A_path_no_file_system_accepts_is_PG1016_naming_the_file_not_an_exception()
    {
        // No file system accepts a NUL in a name: it is refused before the file system sees it.
        var path = "ke-hoach\0.yaml";
        var diagnostics = new DiagnosticBag();

        var plan = PlanPipeline.LoadChecked(TestRun.New(), path, diagnostics);

        Assert.Null(plan);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticCode.UnusablePath, Severity.Error, "ke-hoach\\u0000.yaml"), (error.Code, error.Severity, error.Span.File));
    }
}
