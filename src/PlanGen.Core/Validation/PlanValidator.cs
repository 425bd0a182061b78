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
    private static readonly IPlanRule[] Rules = [new DateRules(), new SignatureRules(), new UnitRules(), new TimelineRules(), new CitationTextRules(), new CompletenessRules(), new IssuerCodeRules()];

    /// <summary>Checks <paramref name="plan"/> in <paramref name="run"/>, reporting to <paramref name="diagnostics"/>.</summary>
    /// <returns>What the checks shared, the loaded unit registry among it, for the stages after.</returns>
    public static CheckContext Validate(PlanGenRun run, Plan plan, DiagnosticBag diagnostics, PlanCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        var context = new CheckContext(run, plan, diagnostics, LoadUnits(run, plan, diagnostics), options);
        run.Clock.Mark("units registry loaded");
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }
        return context;
    }

    /// <summary>The registry the document names, or the units.yaml beside it; null when there is none.</summary>
    public static UnitMatcher? LoadUnits(PlanGenRun run, IFamilyDocument plan, DiagnosticBag diagnostics)
    {
        if (UnitsFileOf(plan) is not { } path)
        {
            diagnostics.Add(DiagnosticCode.UnusablePath, plan.SpanOf("units"));
            return null;
        }
        if (!File.Exists(path))
        {
            if (plan.UnitsPath is not null)
            {
                diagnostics.Add(DiagnosticCode.UnitsFileMissing, plan.SpanOf("units"), plan.UnitsPath);
            }
            return null;
        }
        return run.UnitRegistries.Load(path, diagnostics);
    }

    /// <summary>
    /// The registry file the plan names, else units.yaml beside it, whether it exists or not; null
    /// when the name it gives is not a usable path.
    /// </summary>
    internal static string? UnitsFileOf(IFamilyDocument plan)
    {
        if (plan.UnitsPath is not null && !Input.BoundedFile.IsUsablePath(plan.UnitsPath))
        {
            return null;
        }
        // Relative to the plan as the user named it, so diagnostics show paths the user recognises.
        var folder = Path.GetDirectoryName(plan.SourcePath) ?? "";
        return Path.Combine(folder, plan.UnitsPath ?? "units.yaml");
    }
}
