using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Core.Validation;
using PlanGen.Core.Hierarchy.ParentRules;

namespace PlanGen.Core;

/// <summary>
/// Read and check one plan: the shared first stage of validate, build and derive. An unexpected
/// failure becomes one diagnostic naming the file, never an exception to the caller.
/// </summary>
public static class PlanPipeline
{
    /// <summary>
    /// The plan at <paramref name="path"/>, read and checked; null when it could not be read. When it
    /// names its parent by path, the parent's citation is generated from the parent plan itself, so
    /// templates print "Thực hiện Kế hoạch số …" without the clerk retyping it.
    /// </summary>
    public static Plan? LoadChecked(PlanGenRun run, string path, DiagnosticBag diagnostics, PlanCheckOptions? options = null) =>
        Check(run, path, diagnostics, options)?.Plan;

    /// <summary>
    /// As <see cref="LoadChecked"/>, with the unit registry the checks loaded, so later stages use it
    /// without loading it again (and without reporting its findings twice).
    /// </summary>
    /// <param name="run">The run it is read in.</param>
    /// <param name="path">The plan's YAML, or with <paramref name="allowDocument"/> a document to import in memory.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="options">Check options.</param>
    /// <param name="allowDocument">True where a parent may be given as its DOCX, PDF or text (derive).</param>
    public static CheckedPlan? Check(PlanGenRun run, string path, DiagnosticBag diagnostics, PlanCheckOptions? options = null, bool allowDocument = false)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            var plan = allowDocument ? run.Importer.ReadPlan(run, path, diagnostics) : PlanLoader.Read(path, diagnostics);
            run.Clock.Mark("plan read");
            return plan is null ? null : Checked(run, plan, diagnostics, options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(DiagnosticCode.UnexpectedFailure, SourceSpan.WholeFile(path), e.GetType().Name + ": " + e.Message);
            return null;
        }
    }

    /// <summary>The checks of a plan read already: its own rules, then the rules against its parent.</summary>
    internal static CheckedPlan Checked(PlanGenRun run, Plan plan, DiagnosticBag diagnostics, PlanCheckOptions? options)
    {
        // The plan's own rules first, then the rules against its parent: two stages, one run.
        var checks = PlanValidator.Validate(run, plan, diagnostics, options ?? new PlanCheckOptions());
        run.Clock.Mark("plan's own rules");
        var parent = HierarchyValidator.Check(checks);
        var cited = parent is null || plan.Parent is null ? plan : plan with { Parent = plan.Parent with { Citation = parent.Citation } };
        return new CheckedPlan(cited, checks.Units);
    }
}
