using PlanGen.Core.Diagnostics;
using PlanGen.Core.Handoff;
using PlanGen.Core.Input;
using PlanGen.Core.Model;
using PlanGen.Core.Output;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Build;

/// <summary>
/// What a build run writes besides each input's own DOCX, known before anything is built, so the
/// collision check (PG4008) sees every file: with <c>--separate</c>, a decision that issues a plan
/// (<c>type: QĐ</c> with <c>plan:</c>) also writes <c>NAME-ke-hoach.docx</c>, and its PDF and
/// <c>.meta.json</c> when asked, which must not be another plan's of the same folder.
/// </summary>
public static class IssuedPlanTargets
{
    /// <summary>
    /// The inputs and outputs to hand to <see cref="OutputTargets.Check"/>: <paramref name="plans"/>
    /// and <paramref name="targets"/> first, in order, then one pair for each further file a
    /// decision writes apart, its input repeated.
    /// </summary>
    public static (IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs) Of(IReadOnlyList<string> plans, IReadOnlyList<string> targets, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);
        var inputs = new List<string>(plans);
        var outputs = new List<string>(targets);
        var pdf = options.Pdf || options.PdfA;
        for (var i = 0; i < plans.Count; i++)
        {
            // The other files an input writes beside its DOCX collide as the DOCX does.
            foreach (var beside in Beside(targets[i], pdf, options.Metadata))
            {
                inputs.Add(plans[i]);
                outputs.Add(beside);
            }
            if (!options.IssuedPlanApart || !IssuesPlan(plans[i]))
            {
                continue;
            }
            var apart = OutputPaths.ForIssuedPlan(targets[i]);
            foreach (var file in Beside(apart, pdf, options.Metadata).Prepend(apart))
            {
                inputs.Add(plans[i]);
                outputs.Add(file);
            }
        }
        return (inputs, outputs);
    }

    private static IEnumerable<string> Beside(string docx, bool pdf, bool metadata)
    {
        if (pdf)
        {
            yield return OutputPaths.ForPdf(docx);
        }
        if (metadata)
        {
            yield return MetadataJson.PathFor(docx);
        }
    }

    // A light read of the file's two keys; a file that cannot be read is left to the build, which
    // reports why at its place.
    private static bool IssuesPlan(string path)
    {
        try
        {
            var quiet = new DiagnosticBag();
            var text = PlanSource.Load(path, quiet);
            var root = text is null ? null : ReadContext.RootMapping(text, path, quiet);
            if (root is null)
            {
                return false;
            }
            string? Value(string key) => root.Entries.FirstOrDefault(e => e.Key.Value == key).Value is YamlText { IsNull: false } t ? t.Value : null;
            return Value("plan") is not null && Value("type") is { } type && FamilyTypes.Find(type) == FamilyTypes.Decision;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
