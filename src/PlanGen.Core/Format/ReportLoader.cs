using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>
/// Reads a report YAML into the <see cref="Report"/> model by the format's table, as
/// <see cref="PlanLoader"/> reads a plan: every problem at its file, line and column; nothing throws on bad input.
/// </summary>
public static class ReportLoader
{
    /// <summary>Reads the report at <paramref name="path"/>; null when it cannot be read at all.</summary>
    public static Report? Read(string path, DiagnosticBag diagnostics)
    {
        var text = PlanSource.Load(path, diagnostics);
        return text is null ? null : ReadText(text, path, diagnostics);
    }

    /// <summary>Reads a report from text; <paramref name="path"/> names it in diagnostics and anchors relative paths.</summary>
    public static Report? ReadText(string text, string path, DiagnosticBag diagnostics) =>
        ReadContext.RootMapping(text, path, diagnostics) is { } root ? ReadRoot(root, path, diagnostics) : null;

    /// <summary>The report a file's root mapping holds.</summary>
    internal static Report ReadRoot(YamlMap root, string path, DiagnosticBag diagnostics) =>
        FamilyLoader.ReadRoot(ReportFormat.Report, root, path, diagnostics);
}
