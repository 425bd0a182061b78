using PlanGen.Core.Output;
using PlanGen.Core;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Docx;

/// <summary>One plan from YAML to a DOCX on disk: check, render, write atomically.</summary>
public static class PlanBuild
{
    /// <summary>Builds <paramref name="planPath"/> into <paramref name="outputPath"/>; false when the plan has errors or could not be written.</summary>
    public static bool Run(string planPath, string outputPath, string? templateOverride, DiagnosticBag diagnostics, PlanCheckOptions? options = null, PlanRenderer? renderer = null)
    {
        var plan = PlanPipeline.LoadChecked(planPath, diagnostics, options);
        StageClock.Mark("plan read and checked");
        if (plan is null || diagnostics.HasErrors)
        {
            return false;
        }
        try
        {
            var rendered = (renderer ?? PlanRenderer.Default).Render(plan, templateOverride, diagnostics);
            StageClock.Mark("rendered (DOCX in memory)");
            var written = rendered is not null && OutputFile.WriteAtomically(outputPath, rendered.Docx, diagnostics);
            StageClock.Mark("written");
            return written;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(DiagnosticCode.UnexpectedFailure, SourceSpan.WholeFile(planPath), e.GetType().Name + ": " + e.Message);
            return false;
        }
    }
}
