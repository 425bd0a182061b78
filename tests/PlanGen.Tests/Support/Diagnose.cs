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

    /// <summary>English diagnostics with the folder of <paramref name="path"/> removed from paths.</summary>
    public static string Text(string path, Func<Diagnostic, bool>? keep = null)
    {
        var folder = Path.GetDirectoryName(path)! + Path.DirectorySeparatorChar;
        var lines = Plan(path).Items.Where(keep ?? (_ => true)).Select(d => TextDiagnosticFormatter.Format(d, "en"));
        return string.Join("\n", lines).Replace(folder, "", StringComparison.Ordinal);
    }
}
