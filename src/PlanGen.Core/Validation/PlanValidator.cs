using PlanGen.Core.Diagnostics;
using PlanGen.Core.Hierarchy;
using PlanGen.Core.Model;
using PlanGen.Core.Units;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Validation;

/// <summary>
/// Runs every rule family on one plan, after loading the units registry it uses, then the rules
/// against its parent plan when it names one by path.
/// </summary>
public static class PlanValidator
{
    private static readonly IPlanRule[] Rules = [new DateRules(), new SignatureRules(), new UnitRules(), new TimelineRules()];

    /// <summary>Checks <paramref name="plan"/>, reporting to <paramref name="diagnostics"/>.</summary>
    /// <returns>The parent plan when the plan names one by path and it could be read, else null.</returns>
    public static ResolvedParent? Validate(Plan plan, DiagnosticBag diagnostics, PlanCheckOptions options) =>
        Validate(plan, diagnostics, options, []);

    /// <param name="descendants">Full paths of the plans below this one on the parent chain being checked, to find cycles.</param>
    internal static ResolvedParent? Validate(Plan plan, DiagnosticBag diagnostics, PlanCheckOptions options, IReadOnlyList<string> descendants)
    {
        var context = new CheckContext(plan, diagnostics, LoadUnits(plan, diagnostics), options);
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }
        return HierarchyValidator.Check(context, descendants);
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
        var registry = UnitRegistryReader.Read(path, diagnostics);
        return registry is null ? null : new UnitMatcher(registry);
    }
}
