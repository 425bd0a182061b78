using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Import;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// Import reads the forms web pages give plans in: the whole document on one line, line breaks
/// written out as "\r\n", divisions "Phần I" and "A." above the Roman sections, and a page that
/// starts at its bases; each reshaping is warned at its place.
/// </summary>
public sealed class PageFormsImportTests
{
    private static (ImportedPlan? Plan, DiagnosticBag Bag) Import(string text) => ImportedText.Recognize(text);

    [Fact]
    public void A_plan_on_one_line_is_read_apart_into_header_title_bases_and_parts()
    {
        var (imported, bag) = Import("SỞ GD-ĐT QUẢNG NGÃI TRƯỜNG THPT BA GIA Số: 23/KH-BAGIA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc "
            + "Sơn Tịnh, ngày 30 tháng 10 năm 2017 KẾ HOẠCH TỔ CHỨC HOẠT ĐỘNG NGOẠI KHÓA THÁNG 11/2017 Căn cứ nhiệm vụ năm học 2017 – 2018 của Trường THPT Ba Gia; "
            + "Căn cứ Chương trình công tác của Công đoàn trường, Ban Giám hiệu xây dựng kế hoạch với những nội dung cụ thể sau: I. MỤC ĐÍCH, YÊU CẦU: 1. Mục đích: "
            + "- Giáo dục học sinh toàn trường về truyền thống tôn sư trọng đạo; - Thể hiện lòng biết ơn của học sinh. 2. Yêu cầu: - Hoạt động đúng mục đích; "
            + "- Toàn thể đoàn viên tham gia đầy đủ. II. TỔ CHỨC THỰC HIỆN: Đoàn trường chủ trì thực hiện kế hoạch này.");
        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal("TRƯỜNG THPT BA GIA", PlanGen.Core.Text.VietnameseCasing.Upper(plan.Issuer.Name));
        Assert.Equal("SỞ GD-ĐT QUẢNG NGÃI", PlanGen.Core.Text.VietnameseCasing.Upper(plan.Issuer.GoverningBody ?? ""));
        Assert.Equal(23, plan.Number?.Value);
        Assert.Equal("2017-10-30", plan.Date?.ToIsoText());
        Assert.Equal("TỔ CHỨC HOẠT ĐỘNG NGOẠI KHÓA THÁNG 11/2017", plan.Title);
        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN"], plan.Parts.Select(p => p.Title));
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ImportReshaped && d.Span.StartLine == 0);
    }

    [Fact]
    public void Line_breaks_written_out_as_backslash_r_backslash_n_are_read_as_breaks_and_warned()
    {
        var (imported, bag) = Import("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\\r\\nSố: 54/KH-UBND\\r\\nLạng Sơn, ngày 27 tháng 3 năm 2020\\r\\nKẾ HOẠCH\\r\\nChăm sóc dinh dưỡng năm 2020\n"
            + "Thực hiện Quyết định số 1896/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính phủ ban hành Chương trình\\r\\n1.000 ngày đầu đời, UBND tỉnh xây dựng Kế hoạch như sau:\n"
            + "I. MỤC TIÊU\\r\\n1. Mục tiêu chung\\r\\nCải thiện tình trạng dinh dưỡng của\\r\\nphụ nữ có thai.\n");
        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal(54, plan.Number?.Value);
        Assert.Equal("Chăm sóc dinh dưỡng năm 2020", plan.Title);
        Assert.Equal(["MỤC TIÊU"], plan.Parts.Select(p => p.Title));
        Assert.DoesNotContain(plan.Parts[0].Items.SelectMany(i => i.Paragraphs), p => p.Contains("\\r", StringComparison.Ordinal));
        Assert.Contains("Chương trình 1.000 ngày đầu đời", plan.Parent!.Citation!.ToText(), StringComparison.Ordinal);
        // Each warning names the file's own line: the written-out breaks on line 1, the citation joined on line 2.
        Assert.Equal([0, 1], bag.Items.Where(d => d.Code == DiagnosticCode.ImportReshaped).Select(d => d.Span.StartLine));
    }

    [Fact]
    public void Divisions_above_the_Roman_sections_are_parts_and_the_sections_their_clauses()
    {
        var (imported, bag) = Import("""
            ỦY BAN NHÂN DÂN TỈNH BẾN TRE
            Số: 1312/KH-UBND
            Bến Tre, ngày 20 tháng 3 năm 2013
            KẾ HOẠCH
            Triển khai thực hiện Đề án 31 giai đoạn II
            Phần I
            TÌNH HÌNH CHUNG VÀ KẾT
            QUẢ TRIỂN KHAI ĐỀ ÁN
            I. TÌNH HÌNH CHUNG
            Tỉnh có 1.835 doanh nghiệp.
            II. KẾT QUẢ
            1. Công tác chỉ đạo
            Ban hành văn bản hướng dẫn.
            Phần II
            NHIỆM VỤ GIAI ĐOẠN II
            I. MỤC TIÊU
            Nâng cao nhận thức.
            """);
        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal(["TÌNH HÌNH CHUNG VÀ KẾT QUẢ TRIỂN KHAI ĐỀ ÁN", "NHIỆM VỤ GIAI ĐOẠN II"], plan.Parts.Select(p => p.Title));
        Assert.Equal(["TÌNH HÌNH CHUNG", "KẾT QUẢ"], plan.Parts[0].Items.Select(i => i.Title));
        Assert.Equal("Công tác chỉ đạo", Assert.Single(plan.Parts[0].Items[1].Clauses).Title);
        // Both divisions read as parts, told once with the two lines.
        Assert.Equal(2, Assert.Single(bag.Items, d => d.Code == DiagnosticCode.ImportReshaped).Places.Count);
    }

    [Theory]
    [InlineData("Phần I", 1, "")]
    [InlineData("PHẦN THỨ HAI: NHIỆM VỤ", 2, "NHIỆM VỤ")]
    [InlineData("A . MỤC ĐÍCH, YÊU CẦU:", 1, "MỤC ĐÍCH, YÊU CẦU:")]
    [InlineData("B. TỔ CHỨC THỰC HIỆN", 2, "TỔ CHỨC THỰC HIỆN")]
    [InlineData("PHẦN MỘT", 1, "")]
    [InlineData("PHẦN HAI: NHIỆM VỤ VÀ GIẢI PHÁP", 2, "NHIỆM VỤ VÀ GIẢI PHÁP")]
    [InlineData("B/ NHIỆM VỤ", 2, "NHIỆM VỤ")]
    [InlineData("A/ Một số kết quả đạt được năm học 2022 -2023", 1, "Một số kết quả đạt được năm học 2022 -2023")]
    public void Division_labels_read_in_the_forms_offices_print(string line, int number, string heading)
    {
        var division = Assert.IsType<DivisionHeading>(DivisionHeading.Parse(line));
        Assert.Equal((number, heading), (division.Number, division.Heading));
    }

    [Theory]
    [InlineData("A. Nguyễn Văn Bình")]
    [InlineData("Phần lớn các đơn vị")]
    [InlineData("Phần một số nội dung")]
    [InlineData("PHẦN BAN CHỈ ĐẠO")]
    [InlineData("I. MỤC ĐÍCH")]
    public void Names_and_Roman_parts_are_not_divisions(string line) => Assert.Null(DivisionHeading.Parse(line));

    [Fact]
    public void A_page_that_starts_at_its_bases_is_a_plan_when_its_introduction_issues_one()
    {
        var (imported, bag) = Import("""
            Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai như sau:
            Đánh giá hài lòng về giải quyết thủ tục hành chính.
            2.1. Thống nhất tiêu chí đánh giá.
            """);
        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal("TODO", plan.Title);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ImportGuessed);
    }
}
