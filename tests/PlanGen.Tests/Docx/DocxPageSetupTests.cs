using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Docx;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Markup;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Docx;

public class DocxPageSetupTests
{
    [Fact]
    public void Every_section_is_A4_with_the_decree_margins()
    {
        using var docx = WrittenDocx.Sample();
        Assert.Equal(2, docx.Sections.Count);
        foreach (var section in docx.Sections)
        {
            var size = section.GetFirstChild<PageSize>()!;
            Assert.Equal([11906u, 16838u], new[] { size.Width!.Value, size.Height!.Value }.Order());
            var margin = section.GetFirstChild<PageMargin>()!;
            Assert.Equal(1134, margin.Top!.Value);     // 20 mm
            Assert.Equal(1134, margin.Bottom!.Value);  // 20 mm
            Assert.Equal(1701u, margin.Left!.Value);   // 30 mm
            Assert.Equal(850u, margin.Right!.Value);   // 15 mm
        }
    }

    [Fact]
    public void Body_is_portrait_and_the_appendix_a_new_landscape_section()
    {
        using var docx = WrittenDocx.Sample();
        var body = docx.Sections[0];
        var appendix = docx.Sections[1];
        Assert.NotNull(body.Parent as ParagraphProperties); // section break inside the last paragraph before the appendix
        Assert.Equal(11906u, body.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Null(body.GetFirstChild<PageSize>()!.Orient);
        var size = appendix.GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.Equal((16838u, 11906u), (size.Width!.Value, size.Height!.Value));
        Assert.Same(docx.Body, appendix.Parent);
    }

    [Fact]
    public void Page_one_has_an_empty_header_and_the_others_a_centred_PAGE_field()
    {
        using var docx = WrittenDocx.Sample();
        var body = docx.Sections[0];
        Assert.NotNull(body.GetFirstChild<TitlePage>());
        var first = Header(docx, body, HeaderFooterValues.First);
        Assert.Empty(string.Concat(first.Descendants<Text>().Select(t => t.Text)));
        Assert.Empty(first.Descendants<FieldCode>());

        var pageNumbers = Header(docx, body, HeaderFooterValues.Default);
        Assert.Contains(pageNumbers.Descendants<FieldCode>(), c => c.Text.Trim() == "PAGE");
        var paragraph = pageNumbers.Descendants<Paragraph>().Single();
        Assert.Equal("center", docx.Format.Alignment(paragraph));
        var style = docx.Style(EffectiveFormat.StyleId(paragraph));
        Assert.Equal("28", style.StyleRunProperties!.FontSize!.Val!.Value); // 14 pt
    }

    [Fact]
    public void The_appendix_section_numbers_its_pages_with_the_same_header()
    {
        using var docx = WrittenDocx.Sample();
        var appendix = docx.Sections[1];
        var reference = appendix.Elements<HeaderReference>().Single();
        Assert.Equal(HeaderFooterValues.Default, reference.Type!.Value);
        Assert.Equal(docx.Sections[0].Elements<HeaderReference>().First(r => r.Type!.Value == HeaderFooterValues.Default).Id!.Value, reference.Id!.Value);
        Assert.Null(appendix.GetFirstChild<TitlePage>());
    }

    [Fact]
    public void A_plan_without_appendix_has_one_portrait_section_with_title_page()
    {
        var tree = SampleMarkup.Tree() with { Attachments = [] };
        using var docx = new WrittenDocx(SampleMarkup.Docx(tree));
        var section = Assert.Single(docx.Sections);
        Assert.Same(docx.Body, section.Parent);
        Assert.NotNull(section.GetFirstChild<TitlePage>());
    }

    [Fact]
    public void A_narrow_appendix_table_stays_portrait()
    {
        var markup = "<document><p>x</p><section><table><column>STT</column><column>Nội dung</column></table></section></document>";
        using var docx = new WrittenDocx(SampleMarkup.Docx(LayoutMarkupParser.Parse(markup, "t").Document));
        Assert.Null(docx.Sections[1].GetFirstChild<PageSize>()!.Orient);
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Header Header(WrittenDocx docx, SectionProperties section, HeaderFooterValues type)
    {
        var id = section.Elements<HeaderReference>().Single(r => r.Type!.Value == type).Id!.Value!;
        return ((HeaderPart)docx.Main.GetPartById(id)).Header!;
    }
}
