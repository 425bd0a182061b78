using PlanGen.Core;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Tests.Support;

/// <summary>Reads and checks a plan, returning its diagnostics as the text a user sees.</summary>
internal static class Diagnose
{
    public static DiagnosticBag Plan(string path)
    {
        var bag = new DiagnosticBag();
        PlanPipeline.LoadChecked(TestRun.New(), path, bag);
        return bag;
    }

    /// <summary>Reads and checks a plan or a report, whichever its type says it is.</summary>
    public static DiagnosticBag Document(string path)
    {
        var bag = new DiagnosticBag();
        DocumentPipeline.Check(TestRun.New(), path, bag);
        return bag;
    }

    /// <summary>English diagnostics of a plan with the folder of <paramref name="path"/> removed from paths.</summary>
    public static string Text(string path, Func<Diagnostic, bool>? keep = null) => Shown(path, Plan(path).Items.Where(keep ?? (_ => true)));

    /// <summary>As <see cref="Text"/>, for a document of any type (a report, a decision …).</summary>
    public static string DocumentText(string path) => Shown(path, Document(path).Items);

    private static string Shown(string path, IEnumerable<Diagnostic> diagnostics)
    {
        var folder = Path.GetDirectoryName(path)! + Path.DirectorySeparatorChar;
        return string.Join("\n", diagnostics.Select(d => TextDiagnosticFormatter.Format(d, "en"))).Replace(folder, "", StringComparison.Ordinal);
    }
}
