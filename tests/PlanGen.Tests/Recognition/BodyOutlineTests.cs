using PlanGen.Core.Diagnostics;
using PlanGen.Core.Recognition;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Recognition;

/// <summary>
/// The outline reads the body's Decree 30 structure in the forms offices print it: part headings in
/// sentence case or continued on the next line in capitals, divisions "Phần I" and "A." over Roman
/// sections, clauses nested to 1.1.1., and Part I whose heading the page lost.
/// </summary>
public sealed class BodyOutlineTests
{
    private const string Header = """
        ỦY BAN NHÂN DÂN
        TỈNH LÀO CAI
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 68/KH-UBND
        Lào Cai, ngày 31 tháng 01 năm 2024
        KẾ HOẠCH
        Bảo đảm trật tự, an toàn giao thông năm 2024
        """;

    private const string Closing = """
        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Nguyễn Văn An
        """;

    private static BodyOutline Body(string body)
    {
        using var folder = new TempFolder();
        var path = folder.File("ke-hoach.txt");
        File.WriteAllText(path, Header + "\n" + body + "\n" + Closing + "\n");
        var read = TestRun.New().Readers.For(path)!.Read(path, new DiagnosticBag());
        Assert.NotNull(read);
        return DocumentOutline.Of(read).BodyOutline;
    }

    // Each section as "Kind label text", indented by its depth, in the document's order.
    private static string Shape(BodyOutline body) => string.Join("\n", body.Sections.Select(s =>
        new string(' ', Depth(s) * 2) + $"{s.Kind} {s.Label?.Format()} {s.Text}".Replace("  ", " ", StringComparison.Ordinal).Trim()));

    private static int Depth(OutlineSection section) => section.Parent is null ? 0 : 1 + Depth(section.Parent);

    [Fact]
    public void A_part_heading_in_sentence_case_is_a_part_with_its_clauses_under_it()
    {
        var body = Body("""
            I. Mục đích, yêu cầu
            1. Mục đích
            Nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông.
            2. Yêu cầu
            II. Nhiệm vụ, giải pháp
            1. Tuyên truyền, phổ biến pháp luật
            """);

        Assert.Equal(["Mục đích, yêu cầu", "Nhiệm vụ, giải pháp"], body.Parts.Select(p => p.Text));
        Assert.All(body.Parts, p => Assert.Equal(SectionKind.Part, p.Kind));
        Assert.Equal(["1.", "2."], body.Parts[0].Children.Where(c => c.Kind == SectionKind.Clause).Select(c => c.Label!.Format()));
        Assert.Equal(SectionKind.Text, body.Parts[0].Children[0].Children.Single().Kind);
    }

    [Fact]
    public void A_heading_in_capitals_the_page_continued_on_the_next_line_is_one_heading_from_both_lines()
    {
        var body = Body("""
            I. MỤC ĐÍCH,
            YÊU CẦU
            1. Mục đích
            II. NHIỆM VỤ VÀ
            GIẢI PHÁP
            1. Tuyên truyền
            """);

        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ VÀ GIẢI PHÁP"], body.Parts.Select(p => p.Text));
        Assert.All(body.Parts, p => Assert.True(p.Continued));
        Assert.Equal(["I. MỤC ĐÍCH,", "YÊU CẦU"], body.Parts[0].Lines.Select(l => l.Text));
    }

    [Fact]
    public void Under_a_division_Phan_the_Roman_sections_are_clauses_and_the_numbered_clauses_go_one_level_down()
    {
        var body = Body("""
            Phần I
            KẾT QUẢ THỰC HIỆN NĂM 2023
            I. Công tác tuyên truyền
            1. Tuyên truyền trên báo chí
            1.1. Báo Lào Cai
            Phần II
            NHIỆM VỤ NĂM 2024
            I. Công tác tuyên truyền
            """);

        Assert.Equal("""
            Division KẾT QUẢ THỰC HIỆN NĂM 2023
              Clause I. Công tác tuyên truyền
                Clause 0.1 Tuyên truyền trên báo chí
                  Clause 0.1.1 Báo Lào Cai
            Division NHIỆM VỤ NĂM 2024
              Clause I. Công tác tuyên truyền
            """.ReplaceLineEndings("\n"), Shape(body).Split("\n").SkipWhile(l => !l.StartsWith("Division", StringComparison.Ordinal)).Aggregate((a, b) => a + "\n" + b));
    }

    [Fact]
    public void A_lettered_division_takes_its_heading_from_the_lines_in_capitals_under_it()
    {
        var body = Body("""
            A. MỤC ĐÍCH
            YÊU CẦU
            1. Nhằm phát huy sức mạnh tổng hợp của cả hệ thống chính trị.
            B. NỘI DUNG
            I. Tuyên truyền
            """);

        Assert.Equal(["MỤC ĐÍCH YÊU CẦU", "NỘI DUNG"], body.Parts.Select(p => p.Text));
        Assert.All(body.Parts, p => Assert.Equal(SectionKind.Division, p.Kind));
        Assert.Equal(SectionKind.Clause, body.Parts[1].Children.Single().Kind);
    }

    [Fact]
    public void Clauses_nest_to_three_levels_and_a_level_skipped_is_text()
    {
        var body = Body("""
            I. NỘI DUNG
            1. Tuyên truyền
            1.1. Trên báo chí
            1.1.1. Báo Lào Cai
            a) Mở chuyên mục an toàn giao thông;
            - Mỗi tháng một kỳ;
            + Số đầu vào tháng 3;
            2. Kiểm tra
            2.1.1. Kiểm tra xe khách
            """);

        var content = body.Parts.Single();
        var first = content.Children[0];
        var deepest = first.Children.Single().Children.Single();
        Assert.Equal("1.1.1.", deepest.Label!.Format());
        var point = deepest.Children.Single();
        Assert.Equal(SectionKind.Point, point.Kind);
        var dash = point.Children.Single();
        Assert.Equal(SectionKind.Dash, dash.Kind);
        Assert.Equal(SectionKind.Plus, dash.Children.Single().Kind);
        // "2.1.1." with no "2.1." above it is no clause: kept as the text of "2.".
        Assert.Equal(SectionKind.Text, content.Children[1].Children.Single().Kind);
    }

    [Fact]
    public void Clauses_before_any_part_when_a_part_follows_are_Part_I_whose_heading_the_page_lost()
    {
        var body = Body("""
            Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh, UBND tỉnh ban hành Kế hoạch như sau:
            1. Mục đích
            Nâng cao ý thức chấp hành pháp luật.
            2. Yêu cầu
            II. NHIỆM VỤ
            1. Tuyên truyền
            """);

        Assert.Equal(SectionKind.Text, body.Before.Single().Kind);
        var untitled = body.Parts[0];
        Assert.True(untitled.Untitled);
        Assert.Equal("", untitled.Text);
        Assert.Equal(["Mục đích", "Yêu cầu"], untitled.Children.Select(c => c.Text));
        Assert.Equal("NHIỆM VỤ", body.Parts[1].Text);
    }

    [Fact]
    public void The_closing_sentence_ends_the_parts_and_a_bracketed_line_after_the_clauses_closes_its_part()
    {
        var body = Body("""
            II. NHIỆM VỤ
            1. Tuyên truyền
            (Nhiệm vụ cụ thể của các cơ quan có Phụ lục kèm theo)
            Trên đây là Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2024 của UBND tỉnh.
            """);

        var part = body.Parts.Single();
        Assert.Equal(SectionKind.PartNote, part.Children[^1].Kind);
        Assert.StartsWith("Trên đây là", body.After.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_numbered_1_2_in_a_document_without_Roman_parts_are_its_parts_and_their_1_1_its_clauses()
    {
        var body = Body("""
            Thực hiện Kế hoạch số 1521/KH-BGDĐT ngày 27/10/2022 của Bộ Giáo dục và Đào tạo, Bộ ban hành Kế hoạch như sau:
            1. Mục đích yêu cầu
            Đánh giá công tác duy trì, đảm bảo chất lượng phổ cập giáo dục mầm non cho trẻ em 5 tuổi;
            2. Nội dung thực hiện
            2.1. Hội thảo liên thông giữa mầm non và tiểu học
            a) Thời gian: tháng 12 năm 2022;
            3. Tổ chức thực hiện
            """);

        Assert.Equal(SectionKind.Text, body.Before.Single().Kind);
        Assert.Equal(["Mục đích yêu cầu", "Nội dung thực hiện", "Tổ chức thực hiện"], body.Parts.Select(p => p.Text));
        Assert.All(body.Parts, p => Assert.Equal(SectionKind.Part, p.Kind));
        Assert.Equal(SectionKind.Text, body.Parts[0].Children.Single().Kind);
        var clause = body.Parts[1].Children.Single();
        Assert.Equal((SectionKind.Clause, "Hội thảo liên thông giữa mầm non và tiểu học"), (clause.Kind, clause.Text));
        Assert.Equal(SectionKind.Point, clause.Children.Single().Kind);
    }

    [Fact]
    public void Clauses_1_2_are_no_parts_where_the_document_has_a_Roman_part()
    {
        var body = Body("""
            I. NỘI DUNG
            1. Tuyên truyền
            2. Kiểm tra
            """);

        Assert.Equal("NỘI DUNG", body.Parts.Single().Text);
        Assert.Equal([SectionKind.Clause, SectionKind.Clause], body.Parts[0].Children.Select(c => c.Kind));
    }

    [Fact]
    public void A_division_label_printed_alone_takes_the_line_in_sentence_case_under_it_as_its_heading()
    {
        var body = Body("""
            PHẦN I
            Tổng kết năm học 2022 -2023
            I. Công tác tuyên truyền
            Nhà trường tổ chức tuyên truyền cho học sinh về an toàn giao thông.
            PHẦN II
            Nhiệm vụ năm học 2023 - 2024
            I. Công tác tuyên truyền
            """);

        Assert.Equal(["Tổng kết năm học 2022 -2023", "Nhiệm vụ năm học 2023 - 2024"], body.Parts.Select(p => p.Text));
        Assert.All(body.Parts, p => Assert.Equal(SectionKind.Division, p.Kind));
        Assert.Equal(SectionKind.Clause, body.Parts[0].Children.Single().Kind);
    }

    [Fact]
    public void A_sentence_under_a_division_label_printed_alone_is_no_heading()
    {
        var body = Body("""
            PHẦN I
            Nhà trường đã hoàn thành các chỉ tiêu. Kết quả cụ thể như sau
            I. Công tác tuyên truyền
            """);

        Assert.DoesNotContain(body.Parts, p => p.Kind == SectionKind.Division);
    }

    [Fact]
    public void A_layout_table_in_the_body_is_read_cell_by_cell_and_a_task_table_ends_the_parts()
    {
        var body = Body("""
            | I. MỤC ĐÍCH, YÊU CẦU |
            | 1. Mục đích |
            | Nâng cao ý thức chấp hành pháp luật. |
            II. NỘI DUNG
            1. Tuyên truyền

            | STT | Nội dung | Cơ quan chủ trì | Thời gian |
            | 1 | Tuyên truyền | Công an xã | Quý I |

            III. TỔ CHỨC THỰC HIỆN
            """);

        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG"], body.Parts.Select(p => p.Text));
        Assert.Equal("Mục đích", body.Parts[0].Children.Single().Text);
        Assert.True(body.Lines[body.End].IsTable);
        Assert.Contains(body.After, s => s.Text == "III. TỔ CHỨC THỰC HIỆN");
    }
}
