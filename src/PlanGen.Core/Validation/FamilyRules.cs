using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;

namespace PlanGen.Core.Validation;

/// <summary>
/// The checks of a decision, a Tờ trình, a Thông báo and a Công văn: their signing block and cited
/// documents as a plan's are checked, and a decision's plan read and checked in full, so a decision
/// whose plan has errors is never built (PG2302, PG2303 at its <c>plan:</c>).
/// </summary>
internal static class FamilyRules
{
    /// <summary>The document checked; a decision with its <see cref="Decision.IssuedPlan"/>.</summary>
    public static FamilyDocument Check(PlanGenRun run, FamilyDocument document, DiagnosticBag diagnostics, PlanCheckOptions? options)
    {
        PlanValidator.LoadUnits(run, document, diagnostics);
        SignatureRules.Check(document.Signature, diagnostics);
        if (document is not Decision decision)
        {
            return document;
        }
        foreach (var citation in decision.Basis)
        {
            CitationTextRules.Check(citation, diagnostics);
        }
        return decision.Plan is { } relative ? decision with { IssuedPlan = IssuedPlan(run, decision, relative, diagnostics, options) } : decision;
    }

    private static Plan? IssuedPlan(PlanGenRun run, Decision decision, string relative, DiagnosticBag diagnostics, PlanCheckOptions? options)
    {
        var span = decision.SpanOf("plan");
        if (!Input.BoundedFile.IsUsablePath(relative))
        {
            diagnostics.Add(DiagnosticCode.UnusablePath, span);
            return null;
        }
        var path = Path.Combine(Path.GetDirectoryName(decision.SourcePath) ?? "", relative);
        if (!File.Exists(path))
        {
            diagnostics.Add(DiagnosticCode.IssuedPlanNotFound, span, relative);
            return null;
        }
        var bag = new DiagnosticBag();
        var plan = PlanPipeline.Check(run, path, bag, options)?.Plan;
        var first = bag.Items.FirstOrDefault(d => d.Severity == Severity.Error);
        if (plan is null || first is not null)
        {
            diagnostics.Add(DiagnosticCode.IssuedPlanHasErrors, span, relative, first is null ? "" : DiagnosticMessages.Nested(first));
            return null;
        }
        return plan;
    }
}
