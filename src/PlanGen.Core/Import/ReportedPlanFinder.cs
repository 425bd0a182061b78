using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Format;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>
/// The plan a report cites, found as a YAML file beside the report's YAML or beside the document:
/// the plan whose number and date are the citation's. A report read back with its plan prints the
/// plan's tasks in their own words, as the document did.
/// </summary>
internal static class ReportedPlanFinder
{
    /// <summary>The plan cited by <paramref name="citation"/>; null when none beside matches.</summary>
    public static Plan? Find(string? citation, string yamlPath, string? documentPath)
    {
        if (citation is null || CitationPhrase.Parse(citation) is not { Number: { } number } cited) return null;
        var folders = new[] { yamlPath, documentPath }.OfType<string>()
            .Select(p => Path.GetDirectoryName(Path.GetFullPath(p))!).Distinct(StringComparer.Ordinal);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(file) == "units.yaml") continue;
                var plan = PlanLoader.Read(file, new DiagnosticBag());
                if (plan?.Number is { } n && $"{n.Value}/{plan.TypeCode}-{plan.Issuer.Code}" == number && (cited.Date is null || cited.Date == plan.Date))
                {
                    return plan;
                }
            }
        }
        return null;
    }
}
