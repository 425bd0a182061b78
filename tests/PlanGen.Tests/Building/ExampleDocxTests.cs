using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Tests.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Building;

/// <summary>
/// The examples' DOCX read back: schema-valid (checked by <see cref="WrittenDocx"/>) and meeting the
/// rules of nd30-layout.md that a checker can verify.
/// </summary>
public sealed partial class ExampleDocxTests
{
    [GeneratedRegex(@"^Số:( \d{2,}| {6})/KH-[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^[\p{Lu}][\p{L} ]+, ngày (\d{2}| {4}) tháng (0[12]|[3-9]|1[0-2]| {4}) năm \d{4}$")]
    private static partial Regex DateLine();

    public static TheoryData<string, string> TemplateByExample() => ExampleBuilds.EveryTemplateWithEveryExample();

    private static WrittenDocx Open(string example, string? template = null) => new(ExampleBuilds.Render(example, template).Docx);

    [Theory]
    [MemberData(nameof(TemplateByExample))]
    public void Every_template_and_example_gives_a_schema_valid_docx(string template, string example)
    {
        using var docx = Open(example, template);
        Assert.NotEmpty(docx.Body.Elements<Paragraph>());
    }

    [Theory]
    [MemberData(nameof(ExampleBuilds.SeedExamples), MemberType = typeof(ExampleBuilds))]
    public void Every_section_is_A4_with_the_decree_margins_and_page_one_unnumbered(string example)
    {
        using var docx = Open(example);
        foreach (var section in docx.Sections)
        {
            var size = section.GetFirstChild<PageSize>()!;
            Assert.Equal([11906u, 16838u], new[] { size.Width!.Value, size.Height!.Value }.Order());
            var margin = section.GetFirstChild<PageMargin>()!;
            Assert.Equal((1134, 1134, 1701u, 850u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        }
        var first = docx.Sections[0];
        Assert.NotNull(first.GetFirstChild<TitlePage>());
        Assert.Contains(first.Elements<HeaderReference>(), h => h.Type?.Value == HeaderFooterValues.First);
        Assert.Contains(first.Elements<HeaderReference>(), h => h.Type?.Value == HeaderFooterValues.Default);
    }

    [Theory]
    [MemberData(nameof(ExampleBuilds.SeedExamples), MemberType = typeof(ExampleBuilds))]
    public void Times_new_roman_is_the_only_font_in_every_slot(string example)
    {
        using var docx = Open(example);
        var defaults = docx.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        Assert.Equal(["Times New Roman"], new[] { defaults.Ascii!.Value, defaults.HighAnsi!.Value, defaults.EastAsia!.Value, defaults.ComplexScript!.Value }.Distinct());
        var fonts = docx.Main.Document!.Descendants<RunFonts>().Concat(docx.Main.StyleDefinitionsPart.Styles.Descendants<RunFonts>());
        foreach (var font in fonts)
        {
            Assert.All(new[] { font.Ascii?.Value, font.HighAnsi?.Value, font.EastAsia?.Value, font.ComplexScript?.Value }.OfType<string>(), f => Assert.Equal("Times New Roman", f));
        }
    }

    [Theory]
    [MemberData(nameof(ExampleBuilds.SeedExamples), MemberType = typeof(ExampleBuilds))]
    public void Header_boxes_have_the_decree_number_and_date_forms(string example)
    {
        using var docx = Open(example);
        var header = docx.Body.Elements<Table>().First();
        var texts = header.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).ToList();
        Assert.Contains(texts, t => NumberLine().IsMatch(t));
        Assert.Contains(texts, t => DateLine().IsMatch(t));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", texts);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", texts);
        Assert.Equal((true, false, 13.0), docx.Look("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        Assert.Equal((true, false, 14.0), docx.Look("Độc lập - Tự do - Hạnh phúc"));
        Assert.Equal((true, false, 14.0), docx.Look("KẾ HOẠCH"));
    }

    [Theory]
    [MemberData(nameof(ExampleBuilds.SeedExamples), MemberType = typeof(ExampleBuilds))]
    public void Recipients_end_with_semicolons_and_the_archive_line_with_a_full_stop(string example)
    {
        using var docx = Open(example);
        var closing = docx.Body.Elements<Table>().Skip(1).First();
        var lines = closing.Elements<TableRow>().First().Elements<TableCell>().First().Elements<Paragraph>()
            .Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).Where(t => t.Length > 0).ToList();
        Assert.Equal("Nơi nhận:", lines[0]);
        Assert.Equal((true, true, 12.0), docx.Look("Nơi nhận:"));
        Assert.All(lines[1..^1], l => Assert.Matches(@"^- .+;$", l));
        Assert.Matches(@"^- Lưu: VT(, .+)?\.$", lines[^1]);
        Assert.Equal(11.0, docx.Look(lines[^1]).SizePt);
    }

    [Theory]
    [MemberData(nameof(ExampleBuilds.SeedExamples), MemberType = typeof(ExampleBuilds))]
    public void Body_ends_with_the_end_mark(string example)
    {
        using var docx = Open(example);
        var bodyTexts = docx.Body.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).ToList();
        Assert.Single(bodyTexts, t => t.EndsWith("./.", StringComparison.Ordinal));
    }

    [Fact]
    public void Lao_cai_appendix_is_a_landscape_section_whose_header_row_repeats_and_rows_do_not_split()
    {
        using var docx = Open("lao-cai-2024/ubnd-tinh-atgt-2024.yaml");
        Assert.Equal(2, docx.Sections.Count);
        Assert.Equal(PageOrientationValues.Landscape, docx.Sections[1].GetFirstChild<PageSize>()!.Orient!.Value);
        var table = docx.Body.Elements<Table>().Last();
        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        // 1 header row, 8 group rows and 63 tasks and sub-tasks.
        Assert.Equal(1 + 8 + 63, rows.Count);
        var caption = docx.Paragraph("(Kèm theo Kế hoạch số 68/KH-UBND ngày 31/01/2024 của UBND tỉnh)");
        Assert.Equal("center", docx.Format.Alignment(caption));
    }

    [Fact]
    public void Signature_lines_are_bold_and_the_name_follows_room_for_the_seal()
    {
        using var docx = Open("lao-cai-2024/ubnd-tinh-atgt-2024.yaml");
        Assert.Equal((true, false, 14.0), docx.Look("TM. ỦY BAN NHÂN DÂN"));
        Assert.Equal((true, false, 14.0), docx.Look("KT. CHỦ TỊCH"));
        Assert.Equal((true, false, 14.0), docx.Look("Nguyễn Trọng Hài"));
        var cell = docx.Paragraph("Nguyễn Trọng Hài").Parent!;
        var lines = cell.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).ToList();
        var gap = lines.IndexOf("Nguyễn Trọng Hài") - lines.IndexOf("PHÓ CHỦ TỊCH") - 1;
        Assert.InRange(gap, 3, 5);
    }
}
