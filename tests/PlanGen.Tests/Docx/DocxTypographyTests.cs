using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Docx;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Docx;

public class DocxTypographyTests
{
    private const string Font = "Times New Roman";

    [Fact]
    public void Times_New_Roman_fills_all_four_font_slots_in_defaults_and_every_style()
    {
        using var docx = WrittenDocx.Sample();
        var styles = docx.Main.StyleDefinitionsPart!.Styles!;
        var fonts = new List<RunFonts> { styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts! };
        fonts.AddRange(styles.Elements<Style>().Select(s => s.StyleRunProperties!.RunFonts!));
        Assert.True(fonts.Count > 20);
        foreach (var f in fonts)
        {
            Assert.Equal("TNR TNR TNR TNR", string.Join(' ', new[] { f.Ascii?.Value, f.HighAnsi?.Value, f.EastAsia?.Value, f.ComplexScript?.Value }).Replace(Font, "TNR", StringComparison.Ordinal));
        }

        // No run overrides the font.
        Assert.DoesNotContain(docx.Body.Descendants<RunProperties>(), r => r.RunFonts is not null);
    }

    [Theory]
    [InlineData("UBND TỈNH LÀO CAI", false, false, 13)]
    [InlineData("BAN AN TOÀN GIAO THÔNG", true, false, 13)]
    [InlineData("Số: 68/KH-UBND", false, false, 13)]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 13)]
    [InlineData("Độc lập - Tự do - Hạnh phúc", true, false, 14)]
    [InlineData("Lào Cai, ngày 31 tháng 01 năm 2024", false, true, 14)]
    [InlineData("KẾ HOẠCH", true, false, 14)]
    [InlineData("TM. ỦY BAN NHÂN DÂN", true, false, 14)]
    [InlineData("PHÓ CHỦ TỊCH", true, false, 14)]
    [InlineData("Nguyễn Trọng Hài", true, false, 14)]
    [InlineData("Nơi nhận:", true, true, 12)]
    [InlineData("- Ủy ban ATGTQG (b/c);", false, false, 11)]
    [InlineData("- Lưu: VT, XD1.", false, false, 11)]
    [InlineData("I. MỤC TIÊU, YÊU CẦU", true, false, 14)]
    [InlineData("1. Mục tiêu", true, false, 14)]
    [InlineData("Căn cứ Luật Giao thông đường bộ;", false, true, 14)]
    [InlineData("a) Chủ động tham mưu chỉ đạo.", false, false, 14)]
    [InlineData("Phụ lục", true, false, 14)]
    [InlineData("(Kèm theo Kế hoạch số 68/KH-UBND ngày 31/01/2024 của UBND tỉnh)", false, true, 14)]
    [InlineData("STT", true, false, 13)]
    [InlineData("Xây dựng kế hoạch", false, false, 13)]
    public void Boxes_have_the_decree_size_and_emphasis(string text, bool bold, bool italic, double size)
    {
        using var docx = WrittenDocx.Sample();
        Assert.Equal((bold, italic, size), docx.Look(text));
    }

    [Theory]
    [InlineData("UBND TỈNH LÀO CAI")]
    [InlineData("BAN AN TOÀN GIAO THÔNG")]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("Độc lập - Tự do - Hạnh phúc")]
    [InlineData("KẾ HOẠCH")]
    [InlineData("Bảo đảm an toàn giao thôngnăm 2024")]
    [InlineData("Nguyễn Trọng Hài")]
    public void Header_title_and_signature_are_centred(string text)
    {
        using var docx = WrittenDocx.Sample();
        Assert.Equal("center", docx.Format.Alignment(docx.Paragraph(text)));
    }

    [Fact]
    public void Subject_is_bold_14_and_keeps_its_line_break()
    {
        using var docx = WrittenDocx.Sample();
        var subject = docx.Paragraph("Bảo đảm an toàn giao thôngnăm 2024");
        Assert.Single(subject.Descendants<Break>());
        Assert.Equal((true, false, 14.0), docx.Format.Run(subject, subject.Elements<Run>().First()));
    }

    [Fact]
    public void The_motto_is_underlined_over_its_whole_length()
    {
        using var docx = WrittenDocx.Sample();
        var runs = docx.Paragraph("Độc lập - Tự do - Hạnh phúc").Elements<Run>().ToList();
        Assert.All(runs, r => Assert.Equal(UnderlineValues.Single, r.RunProperties!.Underline!.Val!.Value));
    }

    [Fact]
    public void The_issuer_and_the_subject_have_a_short_centred_line_under_them()
    {
        using var docx = WrittenDocx.Sample();
        foreach (var text in new[] { "BAN AN TOÀN GIAO THÔNG", "Bảo đảm an toàn giao thôngnăm 2024" })
        {
            var line = (Paragraph)docx.Paragraph(text).NextSibling()!;
            var properties = line.ParagraphProperties!;
            Assert.Equal(BorderValues.Single, properties.ParagraphBorders!.BottomBorder!.Val!.Value);
            Assert.Equal(properties.Indentation!.Left!.Value, properties.Indentation.Right!.Value);
            Assert.True(int.Parse(properties.Indentation.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture) > 0);
            Assert.Empty(line.Descendants<Text>());
        }
    }

    [Fact]
    public void Body_is_justified_with_a_first_line_indent_6pt_after_and_115_lines()
    {
        using var docx = WrittenDocx.Sample();
        var style = docx.Style("Body").StyleParagraphProperties!;
        Assert.Equal(JustificationValues.Both, style.Justification!.Val!.Value);
        Assert.Equal("720", style.Indentation!.FirstLine!.Value); // 1.27 cm
        Assert.Equal("120", style.SpacingBetweenLines!.After!.Value); // 6 pt
        Assert.Equal("276", style.SpacingBetweenLines.Line!.Value); // 1.15 lines
        Assert.Equal(LineSpacingRuleValues.Auto, style.SpacingBetweenLines.LineRule!.Value);
        var body = docx.Paragraph("2. Các cấp, các ngành xây dựng kế hoạch triển khai.");
        Assert.Equal("Body", EffectiveFormat.StyleId(body));
        Assert.Equal("both", docx.Format.Alignment(body));
        Assert.Null(body.ParagraphProperties!.Indentation); // the style carries it
    }

    [Fact]
    public void Part_and_clause_headings_carry_outline_levels()
    {
        using var docx = WrittenDocx.Sample();
        Assert.Equal(0, docx.Style("PartHeading").StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(1, docx.Style("ClauseHeading").StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal("PartHeading", EffectiveFormat.StyleId(docx.Paragraph("II. TỔ CHỨC THỰC HIỆN")));
        Assert.Equal("ClauseHeading", EffectiveFormat.StyleId(docx.Paragraph("1.2 Kiềm chế ùn tắc")));
    }

    [Fact]
    public void Numbers_are_text_not_word_list_numbering()
    {
        using var docx = WrittenDocx.Sample();
        Assert.Empty(docx.Body.Descendants<NumberingProperties>());
        Assert.Null(docx.Main.NumberingDefinitionsPart);
        Assert.Equal("Closing", EffectiveFormat.StyleId(docx.Paragraph("Trên đây là Kế hoạch bảo đảm an toàn giao thông năm 2024./.")));
    }

    [Fact]
    public void The_closing_sentence_keeps_with_the_signing_block_and_is_never_split_so_the_signature_never_stands_alone()
    {
        using var docx = WrittenDocx.Sample();
        var closing = docx.Paragraph("Trên đây là Kế hoạch bảo đảm an toàn giao thông năm 2024./.");
        var style = docx.Style(EffectiveFormat.StyleId(closing)!).StyleParagraphProperties!;

        Assert.NotNull(style.KeepNext);
        Assert.NotNull(style.KeepLines);
        Assert.IsType<Table>(closing.NextSibling());
    }

    [Fact]
    public void Header_and_closing_tables_are_borderless_two_column_tables()
    {
        using var docx = WrittenDocx.Sample();
        var tables = docx.Body.Elements<Table>().ToList();
        foreach (var table in tables.Take(2))
        {
            Assert.Equal(2, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
            Assert.Equal(BorderValues.None, table.GetFirstChild<TableProperties>()!.TableBorders!.TopBorder!.Val!.Value);
        }

        Assert.Equal("3685", tables[0].GetFirstChild<TableGrid>()!.Elements<GridColumn>().First().Width!.Value); // 6.5 cm
    }
}
