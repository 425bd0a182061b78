using PlanGen.Tests.Support;
namespace PlanGen.Tests.Templating;

public class TrafficTemplateTests
{
    private readonly string _markup = RenderHelper.Render(PlanFixtures.IssuedTrafficPlan(), "ke-hoach-atgt");

    [Fact]
    public void Issued_plan_has_its_number_and_a_date_with_leading_zeros()
    {
        Assert.Contains("<number>Số: 68/KH-UBND</number>", _markup);
        Assert.Contains("<place-date>Lào Cai, ngày 31 tháng 01 năm 2024</place-date>", _markup);
        Assert.Contains("date=\"2024-01-31\"", _markup);
        Assert.DoesNotContain("<governing>", _markup);
    }

    [Fact]
    public void Numbers_under_ten_take_a_leading_zero()
    {
        var plan = PlanFixtures.IssuedTrafficPlan("number: 5\ndate: 2024-02-05\n");
        var markup = RenderHelper.Render(plan, "ke-hoach-atgt");
        Assert.Contains("<number>Số: 05/KH-UBND</number>", markup);
        Assert.Contains("ngày 05 tháng 02 năm 2024", markup);
    }

    [Fact]
    public void Bases_join_with_commas_and_va_then_the_parent_after_a_semicolon()
    {
        Assert.Contains(
            "<p>Thực hiện Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư Trung ương Đảng, Nghị quyết số 149/NQ-CP ngày 21/9/2023 của Chính phủ và Chương trình hành động của Tỉnh uỷ về tăng cường công tác bảo đảm trật tự, an toàn giao thông trong tình hình mới; Kế hoạch số 689/KH-UBATGTQG ngày 19/12/2023 của Ủy ban An toàn giao thông Quốc gia, UBND tỉnh ban hành Kế hoạch bảo đảm an toàn giao thông năm 2024 với chủ đề &quot;<i>Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn</i>&quot; như sau:</p>",
            _markup);
    }

    [Fact]
    public void Parts_follow_the_annual_plan_order()
    {
        string[] titles = ["MỤC TIÊU", "YÊU CẦU", "NHIỆM VỤ TRỌNG TÂM", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"];
        var positions = titles.Select(t => _markup.IndexOf($"<part title=\"{t}\">", StringComparison.Ordinal)).ToArray();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Extra_sections_come_before_the_organization_part()
    {
        var plan = PlanFixtures.IssuedTrafficPlan("extra:\n  - title: Chế độ báo cáo\n    text: Báo cáo định kỳ 6 tháng.\n");
        var markup = RenderHelper.Render(plan, "ke-hoach-atgt");
        var extra = markup.IndexOf("<part title=\"CHẾ ĐỘ BÁO CÁO\">", StringComparison.Ordinal);
        Assert.InRange(extra, markup.IndexOf("KINH PHÍ", StringComparison.Ordinal), markup.IndexOf("<part title=\"TỔ CHỨC THỰC HIỆN\">", StringComparison.Ordinal));
    }

    [Fact]
    public void Clause_items_become_points_and_after_paragraphs_follow_them()
    {
        Assert.Contains(
            "<clause title=\"Ban An toàn giao thông tỉnh\">\n<point>Chủ động tham mưu chỉ đạo, triển khai thực hiện.</point>\n<point>Phối hợp chặt chẽ với các Sở, ngành.</point>\n</clause>\n<p>(Nhiệm vụ cụ thể đối với Sở, ngành, địa phương có Phụ lục kèm theo)</p>\n</part>",
            _markup);
    }

    [Fact]
    public void Closing_and_three_line_signature()
    {
        Assert.Contains("<closing>Trên đây là kế hoạch Năm an toàn giao thông 2024</closing>", _markup);
        Assert.Contains("<authority>TM. ỦY BAN NHÂN DÂN</authority>\n<authority>KT. CHỦ TỊCH</authority>\n<authority>PHÓ CHỦ TỊCH</authority>\n<name>Nguyễn Trọng Hài</name>", _markup);
        Assert.Contains("<recipient>Ủy ban ATGTQG (b/c)</recipient>", _markup);
        Assert.Contains("<archive>VT, XD1</archive>", _markup);
    }

    [Fact]
    public void Appendix_caption_cites_the_plan_by_number_date_and_issuer()
    {
        Assert.Contains(
            "<section heading=\"Phụ lục\" title=\"Nhiệm vụ bảo đảm ATGT năm 2024 của Ban ATGT tỉnh, các Sở, ngành, địa phương\" reference=\"(Kèm theo Kế hoạch số 68/KH-UBND ngày 31/01/2024 của UBND tỉnh)\">",
            _markup);
    }

    [Fact]
    public void Draft_appendix_caption_leaves_the_number_blank()
    {
        var plan = PlanFixtures.IssuedTrafficPlan("number: ~\n");
        Assert.Contains("reference=\"(Kèm theo Kế hoạch số      /KH-UBND ngày 31/01/2024 của UBND tỉnh)\"", RenderHelper.Render(plan, "ke-hoach-atgt"));
    }

    [Fact]
    public void Task_table_has_the_six_columns_groups_tasks_and_sub_tasks()
    {
        Assert.Contains(
            "<column width=\"5\">STT</column>\n<column width=\"35\">Nội dung công tác</column>\n<column width=\"15\">Thời gian thực hiện</column>\n<column width=\"15\">Đơn vị chủ trì</column>\n<column width=\"20\">Đơn vị phối hợp</column>\n<column width=\"10\">Ghi chú</column>",
            _markup);
        Assert.Contains("<row kind=\"group\" number=\"I\"><cell span=\"5\">Công tác lãnh đạo chỉ đạo</cell></row>\n<row number=\"1\"><cell>Xây dựng kế hoạch triển khai Năm ATGT 2024</cell><cell>Tháng 02/2024</cell><cell>Các sở, ban, ngành</cell><cell>Sở Giáo dục – Đào tạo, Sở Nội vụ</cell><cell></cell></row>", _markup);
        Assert.Contains("<row number=\"2\"><cell>Đôn đốc, giám sát, kiểm tra</cell><cell></cell><cell></cell><cell></cell><cell></cell></row>\n<row number=\"2.1\"><cell>Kiểm tra ATGT đường thuỷ nội địa</cell>", _markup);
    }

    [Fact]
    public void Rows_are_numbered_by_their_place_as_sub_plans_cite_them()
    {
        // The second task of group I is I.2 and its sub-task I.2.1; the second group is II.
        Assert.Equal(["I.1", "I.2", "I.2.1"], PlanFixtures.IssuedTrafficPlan().Appendix!.AllTasks().Select(t => t.Id));
        Assert.Contains("<row kind=\"group\" number=\"II\">", _markup);
    }

    [Fact]
    public void A_group_with_its_own_cells_carries_them()
    {
        Assert.Contains("<row kind=\"group\" number=\"II\"><cell>Sơ kết, tổng kết công tác bảo đảm TTATGT</cell><cell>Tổng kết - tháng 12/2024</cell><cell>Ban ATGT tỉnh</cell><cell></cell><cell></cell></row>", _markup);
        Assert.DoesNotContain("<row kind=\"group\" number=\"I\"><cell>", _markup);
    }
}
