using PlanGen.Core.Check;
using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Check;

/// <summary>Checks DOCX bytes through a scratch file, as <c>plangen check</c> does.</summary>
internal static class CheckRun
{
    public static IReadOnlyList<Diagnostic> Bytes(byte[] bytes)
    {
        using var folder = new TempFolder();
        var path = folder.File("plan.docx");
        File.WriteAllBytes(path, bytes);
        var bag = new DiagnosticBag();
        DecreeCheck.Run(TestRun.New(), path, DecreeCheck.RangesFor(null), bag);
        return bag.Items;
    }

    /// <summary>The outline check recognises in the DOCX, read as check reads it.</summary>
    public static global::PlanGen.Core.Recognition.DocumentOutline Parts(byte[] bytes)
    {
        using var folder = new TempFolder();
        var path = folder.File("plan.docx");
        File.WriteAllBytes(path, bytes);
        var document = new global::PlanGen.Docx.Reading.DocxReader().Read(path, new DiagnosticBag());
        Assert.NotNull(document);
        return global::PlanGen.Core.Recognition.DocumentOutline.Of(document);
    }

    public static string Show(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => TextDiagnosticFormatter.Format(d, "en")));

    public static byte[] Example(string example) => ExampleBuilds.Render(example).Docx;

    public static byte[] LaoCai => Example("lao-cai-2024/ubnd-tinh-atgt-2024.yaml");
}
