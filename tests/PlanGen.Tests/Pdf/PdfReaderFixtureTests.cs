using System.Text.RegularExpressions;
using PlanGen.Core;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Pdf;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Pdf;

/// <summary>
/// The PDF reader on a committed PDF (the Lào Cai example as LibreOffice printed it; see
/// Fixtures/README.md), so these run without LibreOffice: the header block, the landscape
/// appendix, its rows against the example's tasks, no repeated header rows, no page numbers.
/// </summary>
public sealed partial class PdfReaderFixtureTests
{
    private static readonly string Fixture = Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Pdf", "Fixtures", "ubnd-tinh-atgt-2024.pdf");

    private static LayoutDocument Read()
    {
        var bag = new DiagnosticBag();
        var document = PdfDocumentReader.Instance.Read(Fixture, bag);
        Assert.Empty(bag.Items);
        Assert.NotNull(document);
        return document;
    }

    [GeneratedRegex(@"^\s*[-–]?\s*\d+\s*[-–]?\s*$")]
    private static partial Regex BareNumber();

    [Fact]
    public void The_header_block_is_a_borderless_two_column_table_at_the_top_of_page_1()
    {
        var first = Read().Body[0];
        var table = Assert.IsType<TableBlock>(first);
        Assert.False(table.Bordered);
        Assert.Equal(SourcePlace.OfPageLine(1, 1), table.Place);
        var cells = Assert.Single(table.AllRows.ToList()).Cells;
        Assert.Equal(2, cells.Count);
        Assert.StartsWith("ỦY BAN NHÂN DÂN TỈNH", cells[0].Text, StringComparison.Ordinal);
        Assert.Contains("Số: 68/KH-UBND", cells[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", cells[1].Text, StringComparison.Ordinal);
        Assert.Contains("Lào Cai, ngày 31 tháng 01 năm 2024", cells[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_carry_emphasis_alignment_and_their_page_and_line()
    {
        var paragraphs = Read().Body.OfType<Paragraph>().ToList();
        var type = paragraphs.First(p => p.Text == "KẾ HOẠCH");
        Assert.True(type.Runs.All(r => r.Bold));
        Assert.Equal(TextAlignment.Center, type.Format?.Alignment);
        Assert.Equal(1, type.Place!.Value.Page);
        var body = paragraphs.First(p => p.Text.StartsWith("Thực hiện Chỉ thị số 23-CT/TW", StringComparison.Ordinal));
        Assert.Equal(TextAlignment.Justify, body.Format?.Alignment);
        Assert.InRange(body.Format!.FirstLineIndentMm!.Value, 10, 15);
        Assert.EndsWith("như sau:", body.Text, StringComparison.Ordinal);
        var caption = paragraphs.First(p => p.Text.StartsWith("(Kèm theo", StringComparison.Ordinal));
        Assert.True(caption.Runs.All(r => r.Italic));
    }

    [Fact]
    public void A_paragraph_broken_over_a_page_is_read_whole_and_no_page_number_is_left()
    {
        var document = Read();
        // Outside tables (where a task number is a cell of its own), no paragraph is a bare number.
        Assert.DoesNotContain(document.Body.OfType<Paragraph>(), p => BareNumber().IsMatch(p.Text));
        // Clause 2 of part II runs from page 1 onto page 2.
        var clause = document.Body.OfType<Paragraph>().Single(p => p.Text.StartsWith("2. Triển khai các hoạt động tuyên truyền", StringComparison.Ordinal));
        Assert.Equal(1, clause.Place!.Value.Page);
        Assert.EndsWith("người lao động hàng năm.", clause.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_appendix_is_a_landscape_section_with_one_header_row_and_every_task_in_order()
    {
        var document = Read();
        var appendix = document.Pages[^1];
        Assert.True(appendix.Landscape);
        Assert.False(document.Pages[0].Landscape);
        var table = Assert.Single(document.Body.OfType<TableBlock>().Where(t => t.Place!.Value.Section == document.Pages.Count - 1), t => t.Bordered);
        Assert.True(table.HeaderRows.Count > 0);
        Assert.StartsWith("STT", table.AllRows.ToList()[0].Cells[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(table.AllRows.ToList().Skip(1), r => r.Cells[0].Text == "STT");
        Assert.Equal(6, table.Columns.Count);
        Assert.All(table.AllRows.ToList(), r => Assert.Equal(6, r.Cells.Sum(c => c.Span)));

        // Every task of the example's appendix, in order, as the content cell of a row.
        var plan = PlanPipeline.LoadChecked(TestRun.New(), ExampleBuilds.PathOf("lao-cai-2024/ubnd-tinh-atgt-2024.yaml"), new DiagnosticBag())!;
        var contents = table.AllRows.ToList().Where(r => r.Cells.Count == 6).Select(r => DocxContent.Squeezed(r.Cells[1].Text)).ToList();
        // The plan marks emphasis with '*'; the PDF shows it as italics.
        var tasks = plan.Appendix!.AllTasks().Select(t => DocxContent.Squeezed(t.Content.Replace("*", "", StringComparison.Ordinal))).ToList();
        Assert.Equal(tasks, contents.Where(tasks.Contains).ToList());
    }
}
