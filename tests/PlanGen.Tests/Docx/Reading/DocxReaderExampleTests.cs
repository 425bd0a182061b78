using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Docx.Reading;

public class DocxReaderExampleTests
{
    private static LayoutDocument LaoCai() => ReadDocx.Ok(ExampleBuilds.Render("lao-cai-2024/ubnd-tinh-atgt-2024.yaml").Docx);

    [Fact]
    public void Sections_have_the_written_page_setup_and_page_number_headers()
    {
        var document = LaoCai();
        Assert.Equal(2, document.Pages.Count);
        var body = document.Pages[0];
        Assert.Equal(new PageGeometry(210, 297, 20, 20, 30, 15), body.Geometry! with { WidthMm = Math.Round(body.Geometry!.WidthMm), HeightMm = Math.Round(body.Geometry.HeightMm), TopMm = Math.Round(body.Geometry.TopMm), BottomMm = Math.Round(body.Geometry.BottomMm), LeftMm = Math.Round(body.Geometry.LeftMm), RightMm = Math.Round(body.Geometry.RightMm) });
        Assert.False(body.Landscape);
        Assert.True(document.Pages[1].Landscape);
        Assert.True(body.TitlePage);
        Assert.Contains(body.DefaultHeader, p => p.Fields.Contains("PAGE") && p.Format!.Alignment == TextAlignment.Center);
        Assert.DoesNotContain(body.FirstPageHeader, p => p.Fields.Contains("PAGE"));
    }

    [Fact]
    public void Header_boxes_read_with_their_effective_formatting()
    {
        var paragraphs = ReadDocx.Paragraphs(LaoCai().Body).ToList();
        var title = paragraphs.Single(p => p.Text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Assert.All(title.Format!.Runs, r => Assert.True(r.Bold && !r.Italic && r.SizePt == 13 && r.Font == "Times New Roman"));
        var motto = paragraphs.Single(p => p.Text == "Độc lập - Tự do - Hạnh phúc");
        Assert.True(motto.Format!.Runs[0].Underline);
        var date = paragraphs.Single(p => p.Text.StartsWith("Lào Cai, ngày", StringComparison.Ordinal));
        Assert.True(date.Format!.Runs[0].Italic);
        Assert.Contains(paragraphs, p => p.Format!.BorderBelow && p.Text.Length == 0);
        var body = paragraphs.First(p => p.Format!.StyleName == "Body");
        Assert.Equal(TextAlignment.Justify, body.Format!.Alignment);
        Assert.Equal(12.7, body.Format.FirstLineIndentMm!.Value, 1);
        Assert.Equal(14, body.Format.Runs[0].SizePt);
    }

    [Fact]
    public void Paragraphs_are_numbered_from_one_in_reading_order_cells_included()
    {
        var numbers = ReadDocx.Paragraphs(LaoCai().Body).Select(p => p.Place!.Value.Paragraph).ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }

    [Fact]
    public void Tables_keep_borders_header_rows_and_spans()
    {
        var tables = LaoCai().Body.OfType<TableBlock>().ToList();
        Assert.False(tables[0].Bordered);
        var appendix = tables.Single(t => t.Bordered);
        Assert.True(appendix.HeaderRows.Count > 0);
        Assert.Equal("STT", appendix.AllRows.ToList()[0].Cells[0].Text);
        Assert.Contains(appendix.AllRows.ToList(), r => r.Cells.Any(c => c.Span > 1));
        Assert.Equal(appendix.AllRows.ToList()[0].Cells.Count, appendix.Columns.Count);
    }
}
