using PlanGen.Core.Document;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Docx;
using LayoutParagraph = PlanGen.Core.Document.Paragraph;

namespace PlanGen.Tests.Docx;

/// <summary>A landscape document whose body holds a table with columns of its own (the coverage report's shape).</summary>
public class DocxTableInBodyTests
{
    private static readonly TableColumn[] Columns = [new("STT", 10), new("Việc", null), new("Đơn vị", null), new("Kết quả", null)];

    private static LayoutDocument Document(bool landscape) => new(
        LayoutProperties.Empty,
        null,
        new TitleBlock("BÁO CÁO", [new InlineRun("Tình hình triển khai")]),
        [
            new LayoutParagraph(ParagraphKind.Body, [new InlineRun("Tổng hợp.")]),
            new TableBlock(new TaskTable(Columns,
            [
                new TaskGroup("I", "Nhóm một", [], [], [], [], [TaskRow.OfCells("1", [[new InlineRun("Việc a")], [new InlineRun("Sở A")], [new InlineRun("Xong")]])]),
            ], [])),
        ],
        null,
        []) { Landscape = landscape };

    private static WrittenDocx Write(LayoutDocument document)
    {
        using var stream = new MemoryStream();
        DocxWriter.Write(document, stream);
        return new WrittenDocx(stream.ToArray());
    }

    [Fact]
    public void Row_of_cells_fills_exactly_the_columns_after_STT()
    {
        using var docx = Write(Document(landscape: true));

        var rows = docx.Body.Elements<Table>().Single().Elements<TableRow>().ToList();
        Assert.Equal(3, rows.Count); // header, group I, task 1
        var cells = rows[2].Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["1", "Việc a", "Sở A", "Xong"], cells);
        Assert.Equal(4, docx.Body.Elements<Table>().Single().GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
    }

    [Fact]
    public void Landscape_document_turns_the_body_section_and_sizes_the_table_to_the_landscape_width()
    {
        using var docx = Write(Document(landscape: true));

        var section = Assert.Single(docx.Sections);
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.True(size.Width!.Value > size.Height!.Value);
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var widths = docx.Body.Elements<Table>().Single().GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(14287, widths); // 297 − 30 − 15 mm
    }

    [Fact]
    public void A_plan_keeps_its_portrait_body()
    {
        using var docx = Write(Document(landscape: false));

        Assert.Null(Assert.Single(docx.Sections).GetFirstChild<PageSize>()!.Orient);
    }

    [Fact]
    public void Row_of_cells_has_only_its_own_cells_and_the_dump_shows_them()
    {
        var row = TaskRow.OfCells("1", [[new InlineRun("Việc a")], [new InlineRun("Sở A")]]);

        Assert.Equal(["Việc a", "Sở A"], row.Cells.Select(InlineRun.PlainText));
        Assert.Empty(row.Content);
        var dump = LayoutDump.ToText(Document(landscape: true));
        Assert.StartsWith("document landscape\n", dump, StringComparison.Ordinal);
        Assert.Contains("\n      task 1: Việc a | Sở A | Xong\n", dump, StringComparison.Ordinal);
    }
}
