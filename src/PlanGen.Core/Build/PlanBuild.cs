using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;

namespace PlanGen.Core.Build;

/// <summary>One plan from YAML to a DOCX on disk: check, render, write atomically.</summary>
public static class PlanBuild
{
    /// <summary>Writes what <see cref="Check"/> made to <paramref name="outputPath"/> atomically; false after reporting why not.</summary>
    public static bool Write(PlanGenRun run, RenderedPlan rendered, string outputPath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(rendered);
        var written = OutputFile.WriteAtomically(run, outputPath, rendered.Docx, diagnostics);
        run.Clock.Mark("written");
        return written;
    }

    /// <summary>
    /// True when <paramref name="outputPath"/> may take a new build: it does not exist, or plangen
    /// wrote it (<see cref="OwnOutput"/>, read by the run's <see cref="PlanGenRun.OutputReader"/>),
    /// or <paramref name="force"/>; else false after reporting PG4009 — so <c>import ke-hoach.docx</c>
    /// then <c>build ke-hoach.yaml</c> keeps the document.
    /// </summary>
    public static bool MayReplace(PlanGenRun run, string outputPath, bool force, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(run);
        return OwnOutput.MayReplace(outputPath, force, run.OutputReader.IsOwnOutput, diagnostics);
    }

    /// <summary>
    /// Every step of a build but the write (<see cref="Write"/>): check, render, lay out, make the
    /// DOCX in memory. What <c>validate</c> runs, so a plan it accepts is a plan <c>build</c> builds.
    /// A report (<c>type: BC</c>) goes the same way, checked against the plan it reports on.
    /// </summary>
    public static RenderedPlan? Check(PlanGenRun run, string planPath, string? templateOverride, DiagnosticBag diagnostics, PlanCheckOptions? options = null, PlanRenderer? renderer = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var plan = DocumentPipeline.Check(run, planPath, diagnostics, options);
        run.Clock.Mark("plan read and checked");
        if (plan is null || diagnostics.HasErrors)
        {
            return null;
        }
        try
        {
            var rendered = (renderer ?? PlanRenderer.Default).Render(run, plan, templateOverride, diagnostics);
            run.Clock.Mark("rendered (DOCX in memory)");
            return rendered;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(DiagnosticCode.UnexpectedFailure, SourceSpan.WholeFile(planPath), e.GetType().Name + ": " + e.Message);
            return null;
        }
    }
}
