using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;

namespace PlanGen.Tests.Support;

/// <summary>A plan as import recognises it in a text file holding <c>text</c>, with what it reported.</summary>
internal static class ImportedText
{
    public static (ImportedPlan? Plan, DiagnosticBag Bag) Recognize(string text)
    {
        using var folder = new TempFolder();
        var source = folder.File("ke-hoach.txt", text);
        var bag = new DiagnosticBag();
        return (PlanImporter.Recognize(TestRun.New(), source, null, bag), bag);
    }
}
