using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>
/// Reads a plan YAML into the <see cref="Plan"/> model by the format's table. Every problem is
/// reported to the <see cref="DiagnosticBag"/> at its file, line and column; nothing throws on bad input.
/// </summary>
public static class PlanLoader
{
    /// <summary>Reads the plan at <paramref name="path"/>; null when it cannot be read at all.</summary>
    public static Plan? Read(string path, DiagnosticBag diagnostics)
    {
        var text = PlanSource.Load(path, diagnostics);
        return text is null ? null : ReadText(text, path, diagnostics);
    }

    /// <summary>Reads a plan from text; <paramref name="path"/> names it in diagnostics and anchors relative paths.</summary>
    public static Plan? ReadText(string text, string path, DiagnosticBag diagnostics)
    {
        if (ReadContext.RootMapping(text, path, diagnostics) is not { } root)
        {
            return null;
        }
        var (type, written) = DocumentTypes.TypeOf(root);
        if (type != FamilyTypes.Plan && written is not null)
        {
            // Another document where a plan is asked for (a parent, a plan to derive from) would read
            // as a plan full of unknown keys: say what it is instead.
            if (type == FamilyTypes.Report)
            {
                diagnostics.Add(DiagnosticCode.ReportWherePlanExpected, written.Span, path);
            }
            else
            {
                diagnostics.Add(DiagnosticCode.NotAPlanType, written.Span, path, type.Name.ToLowerInvariant(), type.Code);
            }
            return null;
        }
        return ReadRoot(root, path, diagnostics);
    }

    /// <summary>The plan a file's root mapping holds.</summary>
    internal static Plan ReadRoot(YamlMap root, string path, DiagnosticBag diagnostics) =>
        FamilyLoader.ReadRoot(PlanFormat.Plan, root, path, diagnostics);
}
