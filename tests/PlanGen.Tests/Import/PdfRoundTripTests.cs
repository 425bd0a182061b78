using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Docx;
using PlanGen.Docx.Reading;
using PlanGen.Pdf;
using PlanGen.Tests.Support;
using Xunit.Abstractions;

namespace PlanGen.Tests.Import;

/// <summary>
/// build → LibreOffice PDF → import → build: every example comes back paragraph by paragraph,
/// with its recipients and signature (the two columns under the body parted by their x
/// positions), and no import warning is printed twice. A paragraph that differs fails.
/// </summary>
public sealed class PdfRoundTripTests(ITestOutputHelper output)
{
    [LibreOfficeFact]
    public void Every_example_printed_to_pdf_imports_into_a_plan_that_builds_the_same_text()
    {
        using var folder = new TempFolder();
        var docxFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var example in ExampleBuilds.All)
        {
            var docx = Path.Combine(folder.Path, example.Replace('/', '_').Replace(".yaml", ".docx", StringComparison.Ordinal));
            File.WriteAllBytes(docx, ExampleBuilds.Render(example).Docx);
            docxFiles[example] = docx;
        }
        LibreOffice.ConvertToPdf(folder.Path, docxFiles.Values);

        var failures = new List<string>();
        foreach (var (example, docx) in docxFiles)
        {
            var bag = new DiagnosticBag();
            var imported = PlanImporter.Recognize(TestRun.New(), Path.ChangeExtension(docx, ".pdf"), null, bag);
            var messages = bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en")).ToList();
            if (imported is null || bag.HasErrors)
            {
                failures.Add($"{example}: not imported: {string.Join("; ", messages)}");
                continue;
            }
            // The same words at the same place are one finding, whatever part they were kept in.
            var findings = bag.Items.Select(d => (d.Code, d.Arguments[0], d.Arguments[^1])).ToList();
            if (findings.Count != findings.Distinct().Count()) failures.Add($"{example}: a warning is printed twice: {string.Join("; ", messages)}");
            if (imported.Plan.Recipients.Count == 0 || imported.Plan.Signature is null) failures.Add($"{example}: recipients or signature lost");
            var rebuilt = PlanRenderer.Default.Render(TestRun.New(), imported.Plan, null, bag);
            var want = Paragraphs(File.ReadAllBytes(docx));
            var got = rebuilt is null ? [] : Paragraphs(rebuilt.Docx);
            var differing = want.Count - Common(want, got);
            output.WriteLine($"{example}: {differing} of {want.Count} paragraphs differ");
            if (differing > 0)
            {
                failures.Add($"{example}: {differing} of {want.Count} paragraphs differ: {string.Join(" ¶ ", want.Except(got).Take(6))}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // The paragraphs both have in the same order (a longest common subsequence).
    private static int Common(List<string> a, List<string> b)
    {
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        foreach (var x in a)
        {
            for (var j = 1; j <= b.Count; j++) current[j] = x == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return previous[b.Count];
    }

    private static List<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        return [.. DocxText.Paragraphs(stream)];
    }
}
