using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// Import keeps the document as it is written: its parts in its order, with the headings it
/// prints, sub-clauses nested, and every reshaping it has to do warned at its line.
/// </summary>
public sealed class DocumentOrderImportTests
{
    private static (Plan Plan, DiagnosticBag Bag) Import(string text)
    {
        using var folder = new TempFolder();
        var bag = new DiagnosticBag();
        var imported = PlanImporter.Recognize(TestRun.New(), folder.File("ke-hoach.txt", text), null, bag);
        Assert.NotNull(imported);
        return (imported.Plan, bag);
    }

    [Fact]
    public void Parts_come_in_the_order_the_document_prints_them_with_their_own_headings()
    {
        var (plan, _) = Import("KẾ HOẠCH\nXây dựng xã đạt chuẩn an toàn giao thông năm 2024\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao ý thức.\n2. Yêu cầu\nThực hiện nghiêm.\n"
            + "II. TIÊU CHÍ CƠ BẢN\nKhông để xảy ra tai nạn nghiêm trọng.\nIII. NHIỆM VỤ\n1. Tuyên truyền\nTổ chức tuyên truyền.\nIV. TỔ CHỨC THỰC HIỆN\nCác ban triển khai.\n");

        Assert.True(plan.PartsInOrder);
        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "TIÊU CHÍ CƠ BẢN", "NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"], plan.Parts.Select(p => p.Title));
        Assert.Equal([null, null, PartKind.Content, PartKind.Organization], plan.Parts.Select(p => p.Kind));
        Assert.Equal([PartKind.Purpose, PartKind.Requirements], plan.Parts[0].Items.Select(c => c.Kind));
        Assert.Equal("Thực hiện nghiêm.", plan.Requirements?.Paragraphs[0]);
    }

    [Fact]
    public void A_part_heading_in_sentence_case_is_a_part_printed_as_written()
    {
        var (plan, _) = Import("KẾ HOẠCH\nBảo đảm trật tự an toàn giao thông năm 2024\nI. Mục đích, yêu cầu\nNâng cao ý thức.\nII. Tổ chức thực hiện\nCác phòng triển khai.\n");

        Assert.Equal(["Mục đích, yêu cầu", "Tổ chức thực hiện"], plan.Parts.Select(p => p.Title));
        Assert.All(plan.Parts, p => Assert.Equal(HeadingCase.AsWritten, p.HeadingCase));
    }

    [Fact]
    public void Sub_clauses_1_1_and_1_1_1_nest_under_their_clause()
    {
        var (plan, _) = Import("KẾ HOẠCH\nBảo đảm trật tự an toàn giao thông năm 2024\nI. NHIỆM VỤ\n1. Tuyên truyền\n1.1. Trong trường học\n1.1.1. Cấp tiểu học\nNgoại khóa.\n1.2. Trên địa bàn dân cư\n2. Kiểm tra\n");

        var clause = plan.Parts[0].Items[0];
        Assert.Equal(["Trong trường học", "Trên địa bàn dân cư"], clause.Clauses.Select(c => c.Title));
        Assert.Equal("Cấp tiểu học", clause.Clauses[0].Clauses[0].Title);
        Assert.Equal(["Ngoại khóa."], clause.Clauses[0].Clauses[0].Paragraphs);
        Assert.Equal("Kiểm tra", plan.Parts[0].Items[1].Title);
    }

    [Fact]
    public void A_label_on_the_line_of_its_text_becomes_the_heading_with_a_warning_at_that_line()
    {
        var (plan, bag) = Import("KẾ HOẠCH\nBảo đảm trật tự an toàn giao thông năm 2024\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích: Nâng cao ý thức chấp hành.\n2. Yêu cầu: Thực hiện nghiêm.\n");

        Assert.Equal("Mục đích", plan.Purpose?.Title);
        Assert.Equal(["Nâng cao ý thức chấp hành."], plan.Purpose?.Paragraphs);
        var warnings = bag.Items.Where(d => d.Code == DiagnosticCode.ImportReshaped).ToList();
        Assert.Equal([3, 4], Assert.Single(warnings).Places.Select(p => p.StartLine));
    }

    [Fact]
    public void A_type_line_with_more_words_keeps_them_at_the_head_of_the_title_and_says_so()
    {
        var (plan, bag) = Import("UBND TỈNH BÌNH ĐỊNH\nSố: 29/KH-UBND\nBình Định, ngày 22 tháng 02 năm 2024\nKẾ HOẠCH HÀNH ĐỘNG\nTRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 31/CT-TTG\nI. MỤC TIÊU\nGiảm tai nạn.\n");

        Assert.Equal(29, plan.Number?.Value);
        Assert.Equal("2024-02-22", plan.Date?.ToIsoText());
        Assert.Equal("HÀNH ĐỘNG\nTRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 31/CT-TTG", plan.Title);
        Assert.Single(bag.Items, d => d.Code == DiagnosticCode.ImportReshaped && d.Span.StartLine == 3);
    }

    [Fact]
    public void A_title_in_capitals_over_many_lines_and_a_heading_broken_after_a_comma_are_read_whole()
    {
        var (plan, bag) = Import("KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 64/QĐ-BGTVT NGÀY\n22/01/2024 CỦA BỘ GIAO THÔNG VẬN TẢI VỀ\nTĂNG CƯỜNG CÔNG TÁC BẢO ĐẢM\nTRẬT TỰ, AN TOÀN GIAO THÔNG CHO LỨA\nTUỔI HỌC SINH.\nI. MỤC ĐÍCH,\nYÊU CẦU\n1. Mục đích\nQuán triệt.\n");

        Assert.Equal(5, plan.Title.Split('\n').Length);
        Assert.EndsWith("TUỔI HỌC SINH.", plan.Title, StringComparison.Ordinal);
        Assert.Equal("MỤC ĐÍCH, YÊU CẦU", plan.Parts[0].Title);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ImportReshaped && d.Span.StartLine == 6);
    }

    [Fact]
    public void A_header_a_narrow_box_wrapped_is_read_whole()
    {
        var (plan, _) = Import("ỦY\nBAN NHÂN DÂN\nTỈNH LẠNG SƠN\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố:\n94/KH-UBND\n|\nLạng\nSơn, ngày 25 tháng 10 năm 2011\n|\nKẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 88/NQ-CP\nI. MỤC TIÊU\nGiảm tai nạn.\n");

        Assert.Equal(94, plan.Number?.Value);
        Assert.Equal("2011-10-25", plan.Date?.ToIsoText());
        Assert.Equal("Lạng Sơn", plan.Issuer.Place);
        Assert.Equal("Ủy ban nhân dân tỉnh Lạng Sơn", plan.Issuer.Name);
    }

    [Fact]
    public void A_page_that_lost_its_type_line_is_a_plan_when_its_number_says_KH()
    {
        var (plan, bag) = Import("ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 335/KH-UBND |\nPhú Thọ, ngày 10 tháng 02 năm 2023 |\n1. Điều lệ trường trung học cơ sở.\n2. Quy chế tuyển sinh.\n");

        Assert.Equal(335, plan.Number?.Value);
        Assert.Equal("2023-02-10", plan.Date?.ToIsoText());
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ImportGuessed && KeyPlaces.KeyOf(d.Arguments[0]) == "title");
    }

    [Fact]
    public void A_body_a_layout_table_holds_is_read_as_parts_clauses_and_text()
    {
        var (plan, bag) = Import("KẾ HOẠCH\nBảo đảm trật tự an toàn giao thông năm 2024\n\n| I. MỤC ĐÍCH, YÊU CẦU |\n| 1. Mục đích |\n| Nâng cao ý thức. |\n"
            + "| II. NỘI DUNG |\n| 1. Tuyên truyền |\n| Tổ chức tuyên truyền. |\n| III. TỔ CHỨC THỰC HIỆN |\n| Công an xã chủ trì. |\n");

        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"], plan.Parts.Select(p => p.Title));
        Assert.Equal(["Mục đích"], plan.Parts[0].Items.Select(c => c.Title));
        Assert.Equal("Tổ chức tuyên truyền.", plan.Parts[1].Items[0].Paragraphs.Single());
        Assert.DoesNotContain(bag.Items, d => d.Code == DiagnosticCode.ImportUnplaced);
    }
}
