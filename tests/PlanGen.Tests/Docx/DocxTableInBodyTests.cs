using PlanGen.Core.Document;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Docx;
using LayoutParagraph = PlanGen.Core.Document.Paragraph;
using TableCell = PlanGen.Core.Document.TableCell;
using TableRow = PlanGen.Core.Document.TableRow;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Tests.Docx;

/// <summary>A landscape document whose body holds a table (the coverage report's shape).</summary>
public class DocxTableInBodyTests
{
    private static readonly TableColumn[] Columns = [new(10), new(null), new(null), new(null)];

    private static TableCell Text(string text, int span = 1) => new([new InlineRun(text)], span);

    private static LayoutDocument Document(bool landscape) => new(
        LayoutProperties.Empty,
        null,
        new TitleBlock("BÁO CÁO", [new InlineRun("Tình hình triển khai")]),
        [
            new LayoutParagraph(ParagraphKind.Body, [new InlineRun("Tổng hợp.")]),
            new TableBlock(Columns,
                [new TableRow(TableRowKind.Header, null, [Text("STT"), Text("Việc"), Text("Đơn vị"), Text("Kết quả")], KeepWithNext: false)],
                [
                    new TableRow(TableRowKind.Group, "I", [Text("Nhóm một", 3)], KeepWithNext: true),
                    new TableRow(TableRowKind.Item, "1", [Text("Việc a"), Text("Sở A"), Text("Xong")], KeepWithNext: false),
                ]),
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
    public void A_numbered_row_fills_exactly_the_columns_after_the_number()
    {
        using var docx = Write(Document(landscape: true));

        var rows = docx.Body.Elements<Table>().Single().Elements<W.TableRow>().ToList();
        Assert.Equal(3, rows.Count); // header, group I, task 1
        var cells = rows[2].Elements<W.TableCell>().Select(c => c.InnerText).ToList();
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
    public void A_row_with_fewer_cells_than_columns_leaves_the_rest_empty_and_the_dump_shows_its_cells()
    {
        var short_ = new TableBlock(Columns, [], [new TableRow(TableRowKind.Item, "1", [Text("Việc a")], KeepWithNext: false)]);
        using var docx = Write(Document(landscape: true) with { Body = [short_] });

        var cells = docx.Body.Elements<Table>().Single().Elements<W.TableRow>().Single().Elements<W.TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["1", "Việc a", "", ""], cells);
        var dump = LayoutDump.ToText(Document(landscape: true));
        Assert.StartsWith("document landscape\n", dump, StringComparison.Ordinal);
        Assert.Contains("\n    item 1: Việc a | Sở A | Xong\n", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_row_asked_to_keep_with_the_next_says_so_and_a_group_row_that_may_break_says_so()
    {
        var table = new TableBlock(Columns, [],
        [
            new TableRow(TableRowKind.Item, "1", [Text("a")], KeepWithNext: true),
            new TableRow(TableRowKind.Group, "I", [Text("b", 3)], KeepWithNext: false),
            new TableRow(TableRowKind.Item, "2", [Text("c")], KeepWithNext: false),
        ]);
        using var docx = Write(Document(landscape: true) with { Body = [table] });

        var keeps = docx.Body.Elements<Table>().Single().Elements<W.TableRow>()
            .Select(r => r.Descendants<KeepNext>().Select(k => k.Val is null || k.Val.Value).Distinct().ToList())
            .ToList();
        Assert.Equal([true], keeps[0]);
        Assert.Equal([false], keeps[1]);
        Assert.Empty(keeps[2]);
    }
}
