using PlanGen.Core;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Tests;

public sealed class PlanPipelineTests
{
    [Fact]
    public void An_unexpected_failure_is_PG4003_naming_the_file_not_an_exception()
    {
        // No file system accepts a NUL in a name: opening it throws something no reader expects.
        var path = "ke-hoach\0.yaml";
        var diagnostics = new DiagnosticBag();

        var plan = PlanPipeline.LoadChecked(path, diagnostics);

        Assert.Null(plan);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticCode.UnexpectedFailure, Severity.Error, path), (error.Code, error.Severity, error.Span.File));
    }
}
