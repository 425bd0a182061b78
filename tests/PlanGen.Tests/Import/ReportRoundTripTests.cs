using PlanGen.Core;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Import;
using PlanGen.Core.Model;
using PlanGen.Docx;
using PlanGen.Docx.Reading;
using PlanGen.Pdf;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// build → import → build for reports: each example report's DOCX, imported beside its plan,
/// gives the report's own values back (the counts, not the computed changes; the tasks by the
/// appendix's ids) and builds again into the same text paragraph by paragraph.
/// </summary>
public sealed class ReportRoundTripTests : IDisposable
{
    private static readonly string LaoCai = Path.Combine(TestPaths.Examples, "lao-cai-2024");

    private readonly TempFolder _folder = new();

    public ReportRoundTripTests()
    {
        // The plan the report cites, beside the report as in the example.
        File.Copy(Path.Combine(LaoCai, "ubnd-tinh-atgt-2024.yaml"), _folder.File("ubnd-tinh-atgt-2024.yaml"));
        File.Copy(Path.Combine(LaoCai, "units.yaml"), _folder.File("units.yaml"));
    }

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        foreach (var path in TestPaths.ExampleReports().Where(p => Path.GetDirectoryName(p) == LaoCai)) data.Add(Path.GetFileName(path));
        return data;
    }

    private static string Messages(DiagnosticBag bag) => string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en")));

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_report_docx_imports_back_to_the_reports_values(string name)
    {
        var source = Path.Combine(LaoCai, name);
        var docx = _folder.File("bc.docx");
        File.WriteAllBytes(docx, PlanBuild.Check(TestRun.New(), source, null, new DiagnosticBag())!.Docx);
        var bag = new DiagnosticBag();

        var imported = PlanImporter.Import(TestRun.New(), docx, _folder.File("bc.yaml"), null, bag);

        Assert.True(imported is not null, Messages(bag));
        Assert.Empty(bag.Items);
        var original = Assert.IsType<Report>(DocumentPipeline.Check(TestRun.New(), source, new DiagnosticBag()));
        Assert.Equal(Values(original), Values(Assert.IsType<Report>(imported.Document)));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_report_docx_imported_builds_the_same_text(string name)
    {
        var built = PlanBuild.Check(TestRun.New(), Path.Combine(LaoCai, name), null, new DiagnosticBag())!.Docx;
        var docx = _folder.File("bc.docx");
        File.WriteAllBytes(docx, built);
        var yaml = _folder.File("bc.yaml");
        File.WriteAllText(yaml, PlanImporter.Import(TestRun.New(), docx, yaml, null, new DiagnosticBag())!.Yaml);
        var bag = new DiagnosticBag();

        var rebuilt = PlanBuild.Check(TestRun.New(), yaml, null, bag);

        Assert.True(rebuilt is not null, Messages(bag));
        Assert.Equal(Paragraphs(built), Paragraphs(rebuilt.Docx));
    }

    [LibreOfficeFact]
    public void A_report_printed_to_pdf_imports_back_to_the_reports_values()
    {
        foreach (var name in TestPaths.ExampleReports().Where(p => Path.GetDirectoryName(p) == LaoCai).Select(Path.GetFileName).OfType<string>())
        {
            var docx = _folder.File(Path.ChangeExtension(name, ".docx"));
            File.WriteAllBytes(docx, PlanBuild.Check(TestRun.New(), Path.Combine(LaoCai, name), null, new DiagnosticBag())!.Docx);
            LibreOffice.ConvertToPdf(_folder.Path, [docx]);
            var bag = new DiagnosticBag();

            var imported = PlanImporter.Import(TestRun.New(), Path.ChangeExtension(docx, ".pdf"), _folder.File("bc.yaml"), null, bag);

            Assert.True(imported is not null, Messages(bag));
            Assert.Empty(bag.Items);
            var original = Assert.IsType<Report>(DocumentPipeline.Check(TestRun.New(), Path.Combine(LaoCai, name), new DiagnosticBag()));
            Assert.Equal(Values(original), Values(Assert.IsType<Report>(imported.Document)));
        }
    }

    // What the report says, written out by the report format: every key but where its files are
    // (the template left out is the report's built-in one).
    private static string Values(Report report) =>
        PlanWriter.Write(ReportFormat.Report, report with { UnitsPath = null, SourcePath = "", Template = report.Template ?? Report.BuiltInTemplate }, null, null);

    private static List<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        return [.. DocxText.Paragraphs(stream)];
    }
}
