using PlanGen.Core.Document;
using PlanGen.Core.Document.Markup;
using PlanGen.Tests.Docx;

namespace PlanGen.Tests.Document;

public class LayoutMarkupParserTests
{
    private static LayoutDocument Parse(string body)
    {
        var result = LayoutMarkupParser.Parse("<document>" + body + "</document>", "test.xml");
        Assert.Empty(result.Errors);
        Assert.True(result.Success);
        return result.Document!;
    }

    private static string FirstText(IReadOnlyList<Block> children) =>
        InlineRun.PlainText(Assert.IsType<Paragraph>(children[0]).Runs);

    [Fact]
    public void Parts_are_numbered_with_roman_numerals_and_titles_kept_as_the_template_gives_them()
    {
        // The template decides a heading's case (heading_case), so "as written" reaches the page.
        var document = Parse("<part title='MỤC TIÊU'/><part title='Yêu cầu'/><part title='đối tượng'/>");
        var parts = document.Body.Cast<Part>().ToList();
        Assert.Equal(["I.", "II.", "III."], parts.Select(p => p.Number));
        Assert.Equal(["MỤC TIÊU", "Yêu cầu", "đối tượng"], parts.Select(p => p.Title));
    }

    [Fact]
    public void Clauses_restart_in_each_part_and_nest_as_one_point_one()
    {
        var document = Parse("""
            <part><clause title="A"><clause title="A1"/><clause title="A2"/></clause><clause title="B"/></part>
            <part><clause title="C"/></part>
            """);
        var first = (Part)document.Body[0];
        var a = (Clause)first.Children[0];
        Assert.Equal("1.", a.Number);
        Assert.Equal(["1.1", "1.2"], a.Children.Cast<Clause>().Select(c => c.Number));
        Assert.Equal("2.", ((Clause)first.Children[1]).Number);
        Assert.Equal("1.", ((Clause)((Part)document.Body[1]).Children[0]).Number);
    }

    [Fact]
    public void Points_run_through_the_alphabet_with_đ_and_restart_per_clause()
    {
        var points = string.Concat(Enumerable.Repeat("<point>x</point>", 8));
        var document = Parse($"<clause title='A'>{points}</clause><clause title='B'><point>y</point></clause>");
        var labels = ((Clause)document.Body[0]).Children.Cast<Point>().Select(p => p.Label);
        Assert.Equal(["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)"], labels);
        Assert.Equal("a)", ((Point)((Clause)document.Body[1]).Children[0]).Label);
    }

    [Fact]
    public void An_untitled_clause_or_point_puts_its_number_before_the_first_paragraph()
    {
        var document = Parse("<clause><p>Giảm tai nạn.</p><p>Thêm.</p><point>Chủ động <b>tham mưu</b>.</point></clause>");
        var clause = (Clause)document.Body[0];
        Assert.Null(clause.Title);
        Assert.Equal("1. Giảm tai nạn.", FirstText(clause.Children));
        Assert.Equal("Thêm.", InlineRun.PlainText(((Paragraph)clause.Children[1]).Runs));
        var point = (Point)clause.Children[2];
        Assert.Equal("a) Chủ động tham mưu.", FirstText(point.Children));
        Assert.Contains(((Paragraph)point.Children[0]).Runs, r => r is { Text: "tham mưu", Bold: true });
    }

    [Fact]
    public void Dashes_and_pluses_get_their_marks_and_nest()
    {
        var document = Parse("<dash>trên báo chí <plus>Báo Lào Cai</plus></dash>");
        var dash = (DashItem)document.Body[0];
        Assert.Equal("- trên báo chí", FirstText(dash.Children));
        Assert.Equal("+ Báo Lào Cai", FirstText(((PlusItem)dash.Children[1]).Children));
    }

    [Fact]
    public void A_drafts_blanks_survive_in_the_number_and_date_lines()
    {
        var document = Parse("<header><issuer>SỞ Y TẾ</issuer><number>Số:      /KH-SYT</number><place-date>Lào Cai, ngày      tháng 4 năm 2020</place-date></header>");
        Assert.Equal("Số:      /KH-SYT", InlineRun.PlainText(document.Header!.Number));
        Assert.Equal("Lào Cai, ngày      tháng 4 năm 2020", InlineRun.PlainText(document.Header.PlaceDate));
    }

    [Fact]
    public void Whitespace_from_template_line_breaks_is_collapsed_and_trimmed_but_spaces_in_text_are_kept()
    {
        var document = Parse("<p>\n    Một   hai\n  <b> ba </b> bốn<br/>  năm  </p>");
        var runs = ((Paragraph)document.Body[0]).Runs;
        Assert.Equal("Một   hai ba bốn\nnăm", InlineRun.PlainText(runs));
    }

    [Theory]
    [InlineData("Trên đây là Kế hoạch", "Trên đây là Kế hoạch./.")]
    [InlineData("Trên đây là Kế hoạch.", "Trên đây là Kế hoạch./.")]
    [InlineData("Trên đây là Kế hoạch./.", "Trên đây là Kế hoạch./.")]
    public void Closing_ends_with_the_mark_exactly_once(string written, string printed)
    {
        var closing = (Closing)Parse($"<closing>{written}</closing>").Body[0];
        Assert.Equal(printed, InlineRun.PlainText(closing.Runs));
    }

    [Fact]
    public void Recipients_get_dash_and_semicolon_and_the_archive_line_ends_with_a_stop()
    {
        var signing = Parse("""
            <signing><recipients>
              <recipient>Ủy ban ATGTQG (b/c)</recipient>
              <recipient>Công an tỉnh;</recipient>
              <archive>VT, XD1.</archive>
            </recipients><signature><authority>KT. CHỦ TỊCH</authority><name>Nguyễn Trọng Hài</name></signature></signing>
            """).Signing!;
        Assert.Equal(["- Ủy ban ATGTQG (b/c);", "- Công an tỉnh;", "- Lưu: VT, XD1."], signing.Recipients);
        Assert.Equal(["KT. CHỦ TỊCH"], signing.Authorities);
        Assert.Equal("Nguyễn Trọng Hài", signing.Name);
    }

    [Fact]
    public void A_table_prints_the_numbers_its_markup_gives_and_makes_its_header_row_of_the_column_titles()
    {
        var section = SampleMarkup.Tree().Attachments[0];
        var table = Assert.IsType<TableBlock>(Assert.Single(section.Blocks));
        Assert.Equal([5, 35, 15, 15, 20, 10], table.Columns.Select(c => c.WidthPercent ?? 0));
        var header = Assert.Single(table.HeaderRows);
        Assert.Equal("Nội dung công tác", header.Cells[1].Text);
        Assert.Equal(["I", "1", "2", "2.1", "2.2", "II", "1"], table.Rows.Select(r => r.Number));
        Assert.Equal([TableRowKind.Group, TableRowKind.Item], table.Rows.Take(2).Select(r => r.Kind));
        Assert.Equal(5, Assert.Single(table.Rows[0].Cells).Span);
        Assert.Equal(3, table.Rows[5].Cells.Count);
    }

    [Fact]
    public void A_group_row_keeps_with_the_next_unless_it_says_otherwise_and_an_item_row_only_when_asked()
    {
        var document = Parse("""
            <table><column/><column/>
              <row kind="group" number="I"><cell>a</cell></row>
              <row kind="group" number="II" keep-with-next="false"><cell>b</cell></row>
              <row number="1"><cell>c</cell></row>
              <row number="2" keep-with-next="true"><cell>d</cell></row>
            </table>
            """);
        var table = Assert.IsType<TableBlock>(Assert.Single(document.Body));
        Assert.Equal([true, false, false, true], table.Rows.Select(r => r.KeepWithNext));
        Assert.Empty(table.HeaderRows); // untitled columns make no header row
    }

    [Fact]
    public void Header_rows_may_be_spelled_out_with_spans()
    {
        var document = Parse("""
            <section heading="Phụ lục II" orientation="portrait"><table><column width="10"/><column/><column/>
              <header-row><cell>STT</cell><cell span="2">Đơn vị</cell></header-row>
              <header-row><cell/><cell>Chủ trì</cell><cell>Phối hợp</cell></header-row>
              <row><cell>Ghi chú chung</cell></row>
            </table></section>
            """);
        var section = document.Attachments[0];
        Assert.Equal(PageOrientation.Portrait, section.Orientation);
        var table = (TableBlock)section.Blocks[0];
        Assert.Equal(2, table.HeaderRows.Count);
        Assert.Equal(2, table.HeaderRows[0].Cells[1].Span);
        Assert.Null(table.Rows[0].Number);
    }

    [Theory]
    [InlineData("<table><column width=\"0\"/></table>", "width '0'")]
    [InlineData("<table><column/><row><cell span=\"two\">x</cell></row></table>", "span 'two'")]
    [InlineData("<table><column/><column/><row number=\"1\"><cell>a</cell><cell>b</cell></row></table>", "column 3 of a table with 2")]
    [InlineData("<table><column/><row kind=\"task\"><cell>a</cell></row></table>", "kind 'task'")]
    [InlineData("<table><column>STT</column><header-row><cell>STT</cell></header-row></table>", "leave <column> empty")]
    [InlineData("<section orientation=\"sideways\"/>", "'sideways'")]
    public void A_bad_table_or_section_is_an_error_naming_the_value(string body, string expected)
    {
        var result = LayoutMarkupParser.Parse("<document>" + body + "</document>", "kh.sbn");
        Assert.Contains(expected, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_header_and_title_are_read()
    {
        var document = SampleMarkup.Tree();
        Assert.Equal(new DateOnly(2024, 1, 31), document.Properties.Date);
        Assert.Equal("Số: 68/KH-UBND", InlineRun.PlainText(document.Header!.Number));
        Assert.Equal("KẾ HOẠCH", document.Title!.Type);
        Assert.Equal("Bảo đảm an toàn giao thông\nnăm 2024", InlineRun.PlainText(document.Title.Subject));
    }

    [Fact]
    public void An_unknown_element_is_an_error_naming_it_with_its_line_and_column()
    {
        var result = LayoutMarkupParser.Parse("<document>\n  <part>\n    <chapter/>\n  </part>\n</document>", "kh.sbn");
        Assert.False(result.Success);
        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, 6), (error.Line, error.Column));
        Assert.Contains("<chapter>", error.Message, StringComparison.Ordinal);
        Assert.Equal("kh.sbn", error.Source);
        Assert.Equal(2, error.ToDiagnostic().Span.StartLine); // spans are stored 0-based
    }

    [Fact]
    public void An_unknown_attribute_is_an_error_naming_it()
    {
        var result = LayoutMarkupParser.Parse("<document>\n<clause titel=\"x\"/></document>", "kh.sbn");
        var error = Assert.Single(result.Errors);
        Assert.Contains("'titel'", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Every_error_is_reported_not_only_the_first()
    {
        var result = LayoutMarkupParser.Parse("<document><foo/><part><bar/></part></document>", "kh.sbn");
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public void Stray_text_in_a_structural_element_is_an_error_rather_than_lost()
    {
        var result = LayoutMarkupParser.Parse("<document><signing>oops<recipients/></signing></document>", "kh.sbn");
        Assert.Contains("<signing>", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_element_closed_by_another_end_tag_is_reported_at_its_start_tag_naming_the_end_tag()
    {
        var result = LayoutMarkupParser.Parse("<document>\n  <p>open\n</document>", "kh.sbn");
        var error = Assert.Single(result.Errors);
        Assert.Equal((2, 4), (error.Line, error.Column));
        Assert.Equal("The element <p> opened here is closed by </document> at kh.sbn(3,3); each element must be closed by its own end tag </p>.", error.Message);
        Assert.Equal("Phần tử <p> mở ở đây lại được đóng bằng </document> tại kh.sbn(3,3); mỗi phần tử phải được đóng bằng chính thẻ đóng </p> của nó.", error.Text("vi"));
    }

    [Fact]
    public void An_element_left_open_at_the_end_is_reported_at_its_start_tag()
    {
        var result = LayoutMarkupParser.Parse("<document>\n  <p>một</p>\n  <part title=\"Mục tiêu\">\n", "kh.sbn");
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, 4), (error.Line, error.Column));
        Assert.Equal("The element <part> opened here is never closed; add </part> where it ends.", error.Message);
    }

    [Fact]
    public void A_stray_less_than_sign_is_quoted_at_its_place()
    {
        var result = LayoutMarkupParser.Parse("<document>\n  <p>tốc độ < 40 km/h</p>\n</document>", "kh.sbn");
        var error = Assert.Single(result.Errors);
        Assert.Equal((2, 13), (error.Line, error.Column));
        Assert.Equal("Text that is not well-formed markup: '< 40 km/h</p>'. In text, write &lt; for '<' and &amp; for '&'.", error.Message);
        Assert.StartsWith("Đoạn không đúng cú pháp mã trình bày: '< 40 km/h</p>'.", error.Text("vi"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_entity_is_named_at_its_ampersand()
    {
        var result = LayoutMarkupParser.Parse("<document><p>Sở GD&nbsp;ĐT</p></document>", "kh.sbn");
        var error = Assert.Single(result.Errors);
        Assert.Equal((1, 19), (error.Line, error.Column));
        Assert.Equal("Unknown entity '&nbsp;'; write &amp; for '&', or the character itself.", error.Message);
    }

    [Fact]
    public void An_end_tag_with_nothing_open_is_named()
    {
        var result = LayoutMarkupParser.Parse("<document/>\n</p>", "kh.sbn");
        var error = Assert.Single(result.Errors);
        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("</p>", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<document><p>open</document>")]
    [InlineData("<document><p>a < b</p></document>")]
    [InlineData("<document><p>&x;</p></document>")]
    [InlineData("<document>")]
    public void No_message_of_a_malformed_markup_quotes_a_line_of_the_markup(string markup)
    {
        var error = Assert.Single(LayoutMarkupParser.Parse(markup, "kh.sbn").Errors);
        Assert.DoesNotContain("Line ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("position", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dtd_is_refused()
    {
        var result = LayoutMarkupParser.Parse("<!DOCTYPE document [<!ENTITY a \"aaaa\">]><document><p>&a;</p></document>", "kh.sbn");
        Assert.False(result.Success);
        Assert.Single(result.Errors);
    }

    [Fact]
    public void A_bad_date_is_an_error()
    {
        var result = LayoutMarkupParser.Parse("<document><properties date=\"31/01/2024\"/></document>", "kh.sbn");
        Assert.Contains("31/01/2024", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parsing_a_large_plan_stays_linear()
    {
        // Ten times the clauses and points allocate at most about ten times as much: a numbering or
        // a list copied whole at each new item would grow with the square. Counted on this thread,
        // after a first parse has set up what any parse needs.
        Parse(10);
        var (small, _) = Parse(200);
        var (large, part) = Parse(2000);

        Assert.Equal("2000.", ((Clause)part.Children[^1]).Number);
        Assert.Equal("u)", ((Point)((Clause)part.Children[^1]).Children[^1]).Label);
        Assert.InRange(large, 0, 11 * small);
    }

    private static (long Allocated, Part Part) Parse(int clauses)
    {
        var clause = "<clause title='x'>" + string.Concat(Enumerable.Repeat("<point>y</point>", 20)) + "</clause>";
        var markup = "<document><part title='p'>" + string.Concat(Enumerable.Repeat(clause, clauses)) + "</part></document>";
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = LayoutMarkupParser.Parse(markup, "big.xml");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return (allocated, (Part)result.Document!.Body[0]);
    }
}
