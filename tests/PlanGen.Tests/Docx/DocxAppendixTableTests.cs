using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Tests.Docx;

public class DocxAppendixTableTests
{
    private static Table TaskTable(WrittenDocx docx) => docx.Body.Elements<Table>().Last();

    [Fact]
    public void Header_row_repeats_and_no_row_splits_across_pages()
    {
        using var docx = WrittenDocx.Sample();
        var rows = TaskTable(docx).Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.Equal(8, rows.Count); // header, group I, 1, 2, 2.1, 2.2, group II, 1
    }

    [Fact]
    public void Grid_is_single_lines_and_widths_follow_the_percentages_of_the_landscape_text_width()
    {
        using var docx = WrittenDocx.Sample();
        var table = TaskTable(docx);
        var borders = table.GetFirstChild<TableProperties>()!.TableBorders!;
        Assert.Equal(BorderValues.Single, borders.InsideHorizontalBorder!.Val!.Value);
        Assert.Equal(BorderValues.Single, borders.InsideVerticalBorder!.Val!.Value);
        Assert.Equal(TableLayoutValues.Fixed, table.GetFirstChild<TableProperties>()!.TableLayout!.Type!.Value);
        var widths = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(14287, widths.Sum()); // 297 − 30 − 15 mm
        Assert.Equal(14287 * 35 / 100, widths[1]);
    }

    [Fact]
    public void A_group_row_keeps_with_the_row_after_it()
    {
        using var docx = WrittenDocx.Sample();
        Assert.NotNull(docx.Style("TableGroup").StyleParagraphProperties!.KeepNext);
    }

    [Fact]
    public void Header_row_is_bold_and_centred()
    {
        using var docx = WrittenDocx.Sample();
        var header = TaskTable(docx).Elements<TableRow>().First();
        foreach (var paragraph in header.Descendants<Paragraph>())
        {
            Assert.Equal("center", docx.Format.Alignment(paragraph));
            Assert.True(docx.Format.Run(paragraph, paragraph.Descendants<Run>().First()).Bold);
        }
    }

    [Fact]
    public void A_group_without_cells_spans_every_column_after_STT_and_one_with_cells_does_not()
    {
        using var docx = WrittenDocx.Sample();
        var rows = TaskTable(docx).Elements<TableRow>().ToList();
        var spanning = rows[1].Elements<TableCell>().ToList();
        Assert.Equal(2, spanning.Count);
        Assert.Equal(5, spanning[1].TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal((true, false, 13.0), docx.Look("Công tác lãnh đạo chỉ đạo"));
        Assert.Equal(6, rows[6].Elements<TableCell>().Count());
        Assert.True(docx.Look("Quản lý vận tải").Bold);
    }

    [Fact]
    public void Task_and_sub_task_numbers_are_written_as_text_in_order()
    {
        using var docx = WrittenDocx.Sample();
        var numbers = TaskTable(docx).Elements<TableRow>().Skip(1)
            .Select(r => string.Concat(r.Elements<TableCell>().First().Descendants<Text>().Select(t => t.Text)));
        Assert.Equal(["I", "1", "2", "2.1", "2.2", "II", "1"], numbers);
    }
}
