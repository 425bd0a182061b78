using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Reports;

/// <summary>The plan that <c>report init</c> and <c>report aggregate</c> work from: read and checked, its findings the user's too.</summary>
internal static class PlanReportedOn
{
    /// <summary>The plan at <paramref name="path"/> (YAML, DOCX, PDF or text), checked; null when it cannot be used, after its findings are reported.</summary>
    public static CheckedPlan? Read(PlanGenRun run, string path, DiagnosticBag diagnostics)
    {
        var planDiagnostics = new DiagnosticBag();
        var checkedPlan = PlanPipeline.Check(run, path, planDiagnostics, allowDocument: true);
        diagnostics.AddRange(planDiagnostics.Items);
        return planDiagnostics.HasErrors ? null : checkedPlan;
    }
}
