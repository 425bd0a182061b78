using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using static PlanGen.Tests.Docx.Reading.RawDocx;

namespace PlanGen.Tests.Docx.Reading;

public class DocxReaderFormattingTests
{
    private const string Numbering =
        "<w:abstractNum w:abstractNumId=\"0\">" +
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>" +
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>" +
        "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%3)\"/></w:lvl>" +
        "<w:lvl w:ilvl=\"3\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.%4\"/></w:lvl>" +
        "</w:abstractNum>" +
        "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF0B7\"/></w:lvl></w:abstractNum>" +
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>" +
        "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>" +
        "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"1\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>";

    [Fact]
    public void Word_list_numbering_is_rendered_to_the_labels_Word_prints()
    {
        var body = Numbered("Mục tiêu", 1, 0) + Numbered("Một", 1, 1) + Numbered("Hai", 1, 1) + Numbered("điểm", 1, 2) + Numbered("điểm", 1, 2)
            + Numbered("Chi tiết", 1, 3) + Numbered("Nhiệm vụ", 1, 0) + Numbered("Một lại", 1, 1) + Numbered("gạch", 2, 0)
            + Numbered("Năm", 3, 1) + Numbered("Sáu", 3, 1) + P("Không số");
        var document = ReadDocx.Ok(Make(body, numbering: Numbering));
        var labels = document.Body.OfType<Paragraph>().Select(p => p.ListLabel).ToList();
        Assert.Equal(["I.", "1.", "2.", "a)", "b)", "2.1", "II.", "1.", "•", "5.", "6.", null], labels);
        Assert.Equal("Mục tiêu", document.Body.OfType<Paragraph>().First().Text);
    }

    [Fact]
    public void A_list_style_on_the_paragraph_style_numbers_too()
    {
        const string styles = "<w:style w:type=\"paragraph\" w:styleId=\"List1\"><w:name w:val=\"List Number\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        var document = ReadDocx.Ok(Make(P("A", "<w:pStyle w:val=\"List1\"/>") + P("B", "<w:pStyle w:val=\"List1\"/>"), styles, Numbering));
        Assert.Equal(["I.", "II."], document.Body.OfType<Paragraph>().Select(p => p.ListLabel));
    }

    [Fact]
    public void Effective_formatting_layers_defaults_style_chain_character_style_and_direct()
    {
        const string styles =
            "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"28\"/></w:rPr></w:rPrDefault>" +
            "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>" +
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:pPr><w:jc w:val=\"both\"/><w:ind w:firstLine=\"567\"/></w:pPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:b/><w:sz w:val=\"26\"/></w:rPr></w:style>" +
            "<w:style w:type=\"character\" w:styleId=\"Emph\"><w:name w:val=\"Emphasis\"/><w:rPr><w:i/></w:rPr></w:style>";
        var body = P("Đầu mục", "<w:pStyle w:val=\"Heading1\"/>", "<w:rStyle w:val=\"Emph\"/>")
            + P("Thường", "", "<w:b w:val=\"0\"/><w:sz w:val=\"27\"/>")
            + P("Trái", "<w:jc w:val=\"left\"/><w:ind w:hanging=\"283\"/><w:spacing w:line=\"360\" w:lineRule=\"exact\"/>");
        var paragraphs = ReadDocx.Ok(Make(body, styles)).Body.OfType<Paragraph>().ToList();

        var heading = paragraphs[0].Format!;
        Assert.Equal("heading 1", heading.StyleName);
        Assert.Equal(TextAlignment.Justify, heading.Alignment);
        Assert.Equal(10, heading.FirstLineIndentMm!.Value, 1);
        Assert.Equal(6, heading.SpaceAfterPt);
        Assert.Equal(1.15, heading.LineSpacing);
        Assert.Equal(new RunFormat("Times New Roman", 13, Bold: true, Italic: true, Underline: false, AllCaps: false), heading.Runs[0]);
        Assert.True(paragraphs[0].Runs[0].Bold && paragraphs[0].Runs[0].Italic);

        Assert.Equal(new RunFormat("Times New Roman", 13.5, Bold: false, Italic: false, Underline: false, AllCaps: false), paragraphs[1].Format!.Runs[0]);
        var left = paragraphs[2].Format!;
        Assert.Equal(TextAlignment.Left, left.Alignment);
        Assert.Equal(-5, left.FirstLineIndentMm!.Value, 1);
        Assert.Null(left.LineSpacing);
        Assert.Equal(18, left.LineSpacingPt);
    }

    [Fact]
    public void Table_style_borders_cell_spans_merges_and_nested_tables_are_read()
    {
        const string styles = "<w:style w:type=\"table\" w:styleId=\"Grid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders><w:top w:val=\"single\"/></w:tblBorders></w:tblPr><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:style>";
        var nested = "<w:tbl><w:tr><w:tc>" + P("trong") + "</w:tc></w:tr></w:tbl>";
        var body = "<w:tbl><w:tblPr><w:tblStyle w:val=\"Grid\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"1134\"/><w:gridCol w:w=\"2268\"/></w:tblGrid>"
            + "<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + P("STT") + "</w:tc></w:tr>"
            + "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + P("1") + "</w:tc><w:tc>" + P("a") + nested + "</w:tc></w:tr>"
            + "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc>" + P("b") + "</w:tc></w:tr></w:tbl>"
            + "<w:tbl><w:tr><w:tc>" + P("không viền") + "</w:tc></w:tr></w:tbl>" + P("sau");
        var document = ReadDocx.Ok(Make(body, styles));
        var tables = document.Body.OfType<TableBlock>().ToList();
        Assert.True(tables[0].Bordered);
        Assert.False(tables[1].Bordered);
        Assert.Equal([20.0, 40.0], tables[0].Columns.Select(c => Math.Round(c.WidthMm!.Value)));
        Assert.True(tables[0].HeaderRows.Count > 0);
        Assert.Equal(2, tables[0].AllRows.ToList()[0].Cells[0].Span);
        Assert.True(tables[0].AllRows.ToList()[2].Cells[0].ContinuesAbove);
        Assert.False(tables[0].AllRows.ToList()[1].Cells[0].ContinuesAbove);
        Assert.Equal("trong", Assert.IsType<TableBlock>(tables[0].AllRows.ToList()[1].Cells[1].Blocks[1]).AllRows.First().Cells[0].Text);
        Assert.Equal(12, ((Paragraph)tables[0].AllRows.ToList()[0].Cells[0].Blocks[0]).Format!.Runs[0].SizePt);
        var all = ReadDocx.Paragraphs(document.Body).ToList();
        Assert.Equal(["STT", "1", "a", "trong", "", "b", "không viền", "sau"], all.Select(p => p.Text));
        Assert.Equal(Enumerable.Range(1, 8), all.Select(p => p.Place!.Value.Paragraph));
        Assert.Equal(7, tables[1].Place!.Value.Paragraph);
    }

    [Fact]
    public void Sections_end_at_paragraph_section_breaks_with_their_own_page_setup()
    {
        const string portrait = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:right=\"850\" w:header=\"567\"/><w:titlePg/>";
        const string landscape = "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/><w:pgMar w:top=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:right=\"1134\"/>";
        var body = P("một") + P("hai", $"<w:sectPr>{portrait}</w:sectPr>") + P("ba") + $"<w:sectPr>{landscape}</w:sectPr>";
        var document = ReadDocx.Ok(Make(body));
        var sections = document.Pages;
        Assert.Equal(2, sections.Count);
        Assert.Equal(["một", "hai"], document.Body.OfType<Paragraph>().Where(p => p.Place!.Value.Section == 0).Select(p => p.Text));
        Assert.Equal(30, sections[0].Geometry!.LeftMm, 0);
        Assert.Equal(10, sections[0].HeaderDistanceMm!.Value, 0);
        Assert.True(sections[0].TitlePage);
        Assert.False(sections[0].Landscape);
        Assert.True(sections[1].Landscape);
        Assert.False(sections[1].TitlePage);
    }

    [Fact]
    public void Fields_deleted_text_and_breaks_read_as_Word_shows_them()
    {
        var body = "<w:p><w:r><w:t>Số: </w:t></w:r><w:del><w:r><w:delText>5</w:delText></w:r></w:del><w:ins><w:r><w:t>05</w:t></w:r></w:ins>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>/KH</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:br/><w:t>dòng</w:t><w:tab/><w:t>hai</w:t></w:r></w:p>";
        var paragraph = ReadDocx.Ok(Make(body)).Body.OfType<Paragraph>().Single();
        Assert.Equal("Số: 05/KH\ndòng\thai", paragraph.Text);
        Assert.Equal(["PAGE"], paragraph.Fields);
        Assert.Equal(paragraph.Runs.Count, paragraph.Format!.Runs.Count);
    }
}
