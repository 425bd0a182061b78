using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Build;
using PlanGen.Core.Check;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Import;
using PlanGen.Docx;
using PlanGen.Docx.Reading;
using PlanGen.Tests.Check;
using PlanGen.Tests.Docx;
using PlanGen.Tests.Support;
using PlanGen.Tests.Templating;

namespace PlanGen.Tests.Format;

/// <summary>
/// Footnotes end to end: <c>[^n]</c> in any text and the <c>footnotes:</c> list, written as Word's
/// footnotes in a smaller size, read back by import into the same YAML, checked, and refused with
/// positioned errors when a reference and the list disagree.
/// </summary>
public sealed class FootnoteTests
{
    private const string Noted = """
        introduction: 'UBND tỉnh ban hành Kế hoạch bảo đảm an toàn giao thông năm 2024[^1] như sau:'
        closing: Trên đây là kế hoạch Năm an toàn giao thông 2024 theo Chỉ thị số 23-CT/TW[^2]
        footnotes:
          - Chủ đề do *Ủy ban An toàn giao thông Quốc gia* phát động.
          - Chỉ thị số 23-CT/TW ngày 25/5/2018 của **Ban Bí thư** về tăng cường sự lãnh đạo của Đảng.

        """;

    [Fact]
    public void Each_reference_becomes_a_Word_footnote_numbered_in_reading_order_smaller_than_the_body()
    {
        var docx = Render(Noted);

        using var written = new WrittenDocx(docx);
        var references = written.Body.Descendants<FootnoteReference>().Select(r => r.Id!.Value).ToList();
        var notes = written.Main.FootnotesPart!.Footnotes!.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>()
            .Where(f => f.Type is null).ToList();
        Assert.Equal([2L, 3L], references);
        Assert.Equal(references, notes.Select(n => n.Id!.Value));
        Assert.Equal(" Chủ đề do Ủy ban An toàn giao thông Quốc gia phát động.", notes[0].InnerText);
        Assert.Contains(notes[1].Descendants<Run>(), r => r.InnerText == "Ban Bí thư" && r.RunProperties?.Bold is not null);
        var noteSize = double.Parse(written.Style("FootnoteText").StyleRunProperties!.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture) / 2;
        Assert.True(noteSize < written.Look("Trên đây là kế hoạch Năm an toàn giao thông 2024 theo Chỉ thị số 23-CT/TW./.").SizePt, $"note {noteSize} pt");
    }

    [Fact]
    public void A_plan_with_footnotes_builds_to_the_same_bytes_each_time_and_one_without_has_no_footnotes_part()
    {
        Assert.Equal(Render(Noted), Render(Noted));
        using var plain = new WrittenDocx(Render(""));
        Assert.Null(plain.Main.FootnotesPart);
    }

    [Fact]
    public void Import_gives_back_the_references_where_they_stood_and_the_notes_in_order()
    {
        using var folder = new TempFolder();
        var docx = folder.File("plan.docx");
        File.WriteAllBytes(docx, Render(Noted));
        var bag = new DiagnosticBag();

        var imported = PlanImporter.Import(TestRun.New(), docx, folder.File("plan.yaml"), null, bag);

        Assert.False(bag.HasErrors, CheckRun.Show(bag.Items));
        var plan = PlanFixtures.IssuedTrafficPlan(Noted);
        Assert.Equal(plan.Footnotes, imported!.Plan.Footnotes);
        Assert.Equal(plan.Introduction, imported.Plan.Introduction);
        Assert.Contains("[^2]", imported.Plan.Closing, StringComparison.Ordinal);
        using var first = new WrittenDocx(File.ReadAllBytes(docx));
        using var again = new WrittenDocx(PlanRenderer.Default.Render(TestRun.New(), imported.Plan, null, bag)!.Docx);
        Assert.Equal(first.Main.FootnotesPart!.Footnotes!.OuterXml, again.Main.FootnotesPart!.Footnotes!.OuterXml);
    }

    [Fact]
    public void Check_passes_the_notes_plangen_writes_and_finds_a_note_as_large_as_the_body_and_a_lost_note()
    {
        var docx = Render(Noted);
        Assert.DoesNotContain(CheckRun.Bytes(docx), d => d.Code is DiagnosticCode.CheckFootnoteSize or DiagnosticCode.CheckFootnoteMissing);

        var large = WithFootnotes(docx, notes =>
        {
            foreach (var run in notes.Descendants<Run>())
            {
                (run.RunProperties ??= new RunProperties()).FontSize = new FontSize { Val = "28" };
            }
        });
        var findings = CheckRun.Bytes(large);
        Assert.Contains(findings, d => d.Code == DiagnosticCode.CheckFootnoteSize && d.Arguments[0] == "1" && d.Arguments[2] == LayoutRange.Measure(14));

        var lost = WithFootnotes(docx, notes => notes.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>().Last().Remove());
        Assert.Contains(CheckRun.Bytes(lost), d => d.Code == DiagnosticCode.CheckFootnoteMissing && d.Arguments[0] == "2");
    }

    [Fact]
    public void A_reference_without_its_note_and_a_note_no_text_refers_to_are_errors_at_their_lines()
    {
        var bag = new DiagnosticBag();
        var text = File.ReadAllText(Fixture()) + """
            theme: Thượng tôn pháp luật[^3]
            footnotes:
              - Ghi chú thứ nhất[^1].
              - Ghi chú không được dẫn.

            """;

        PlanLoader.ReadText(text.Replace("theme: Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn\n", "", StringComparison.Ordinal), "plan.yaml", bag);

        var errors = bag.Items.Where(d => d.Code is >= DiagnosticCode.FootnoteWithoutNote and <= DiagnosticCode.FootnoteInFootnote).ToList();
        Assert.Equal(4, errors.Count);
        var lines = text.Replace("theme: Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn\n", "", StringComparison.Ordinal).Split('\n');
        Assert.All(errors, e => Assert.Equal(Severity.Error, e.Severity));
        var without = errors.Single(e => e.Code == DiagnosticCode.FootnoteWithoutNote);
        Assert.StartsWith("theme:", lines[without.Span.StartLine][..6]);
        Assert.Equal(["3", "2"], without.Arguments);
        Assert.Contains("[^1]", lines[errors.Single(e => e.Code == DiagnosticCode.FootnoteInFootnote).Span.StartLine], StringComparison.Ordinal);
        var unreferred = errors.Where(e => e.Code == DiagnosticCode.FootnoteNotReferred).Select(e => e.Arguments[0]).ToList();
        Assert.Equal(["1", "2"], unreferred);
        Assert.Contains("PG2350", TextDiagnosticFormatter.Format(without, "vi"), StringComparison.Ordinal);
        Assert.Contains("chú thích [^3]", TextDiagnosticFormatter.Format(without, "vi"), StringComparison.Ordinal);
    }

    private static byte[] Render(string changes)
    {
        var bag = new DiagnosticBag();
        var rendered = PlanRenderer.Default.Render(TestRun.New(), PlanFixtures.IssuedTrafficPlan(changes), null, bag);
        Assert.False(bag.HasErrors, CheckRun.Show(bag.Items));
        return rendered!.Docx;
    }

    private static byte[] WithFootnotes(byte[] docx, Action<DocumentFormat.OpenXml.Wordprocessing.Footnotes> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, isEditable: true))
        {
            change(package.MainDocumentPart!.FootnotesPart!.Footnotes!);
            package.MainDocumentPart.FootnotesPart.Footnotes!.Save();
        }
        return stream.ToArray();
    }

    private static string Fixture() => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Templating", "Fixtures", "issued-traffic-plan.yaml");
}
