using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Units;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Validation;

/// <summary>
/// Runs every rule family on one plan, after loading the units registry it uses. The rules against
/// a parent plan are the next stage (<c>Hierarchy.ParentRules</c>); the pipeline runs both.
/// </summary>
public static class PlanValidator
{
    private static readonly IPlanRule[] Rules = [new DateRules(), new SignatureRules(), new UnitRules(), new TimelineRules(), new CitationTextRules()];

    /// <summary>Checks <paramref name="plan"/>, reporting to <paramref name="diagnostics"/>.</summary>
    /// <returns>What the checks shared, the loaded unit registry among it, for the stages after.</returns>
    public static CheckContext Validate(Plan plan, DiagnosticBag diagnostics, PlanCheckOptions options)
    {
        var context = new CheckContext(plan, diagnostics, LoadUnits(plan, diagnostics), options);
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }
        return context;
    }

    /// <summary>The registry the plan names, or the units.yaml beside it; null when there is none.</summary>
    public static UnitMatcher? LoadUnits(Plan plan, DiagnosticBag diagnostics)
    {
        // Relative to the plan as the user named it, so diagnostics show paths the user recognises.
        var folder = Path.GetDirectoryName(plan.SourcePath) ?? "";
        if (plan.UnitsPath is not null && !Input.BoundedFileReader.IsUsablePath(plan.UnitsPath))
        {
            diagnostics.Add(DiagnosticCode.UnusablePath, plan.SpanOf("units"));
            return null;
        }
        var path = plan.UnitsPath is null ? Path.Combine(folder, "units.yaml") : Path.Combine(folder, plan.UnitsPath);
        if (!File.Exists(path))
        {
            if (plan.UnitsPath is not null)
            {
                diagnostics.Add(DiagnosticCode.UnitsFileMissing, plan.SpanOf("units"), plan.UnitsPath);
            }
            return null;
        }
        return UnitRegistryCache.Load(path, diagnostics);
    }
}
