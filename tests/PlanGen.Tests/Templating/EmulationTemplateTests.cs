using PlanGen.Tests.Support;
namespace PlanGen.Tests.Templating;

public class EmulationTemplateTests
{
    private readonly string _markup = RenderHelper.Render(PlanFixtures.DraftEmulationPlan(), "ke-hoach-thi-dua");

    [Fact]
    public void Header_names_governing_body_and_issuer_in_upper_case_each_line_where_a_clerk_breaks_it()
    {
        Assert.Contains("<governing>UBND TỈNH BÌNH PHƯỚC</governing>", _markup);
        Assert.Contains("<issuer>SỞ THÔNG TIN<br/>VÀ TRUYỀN THÔNG</issuer>", _markup);
    }

    [Fact]
    public void Draft_leaves_room_for_the_number_and_the_day()
    {
        Assert.Contains("<number>Số:      /KH-STTTT</number>", _markup);
        Assert.Contains("<place-date>Bình Phước, ngày      tháng 4 năm 2020</place-date>", _markup);
    }

    [Fact]
    public void Title_keeps_its_line_break()
    {
        Assert.Contains("<title type=\"KẾ HOẠCH\">Phát động phong trào thi đua bảo đảm trật tự<br/>an toàn giao thông năm 2020</title>", _markup);
    }

    [Fact]
    public void Parent_citation_and_introduction_form_one_sentence()
    {
        Assert.Contains(
            "<p>Thực hiện kế hoạch số 83/KH-UBND ngày 01/4/2020 về phát động phong trào thi đua bảo đảm trật tự an toàn giao thông năm 2020, Sở Thông tin và Truyền thông xây dựng kế hoạch triển khai thực hiện, như sau:</p>",
            _markup);
    }

    [Fact]
    public void Parts_come_in_order_with_their_default_titles()
    {
        var first = _markup.IndexOf("<part title=\"MỤC ĐÍCH, YÊU CẦU\">", StringComparison.Ordinal);
        var second = _markup.IndexOf("<part title=\"NỘI DUNG THỰC HIỆN\">", StringComparison.Ordinal);
        var third = _markup.IndexOf("<part title=\"TỔ CHỨC THỰC HIỆN\">", StringComparison.Ordinal);
        Assert.True(first >= 0 && first < second && second < third, _markup);
        Assert.Contains("<clause title=\"Mục đích\">", _markup);
        Assert.Contains("<clause title=\"Yêu cầu\">", _markup);
        Assert.DoesNotContain("ĐỐI TƯỢNG", _markup);
    }

    [Fact]
    public void Subjects_extend_the_first_part_title_and_add_a_clause()
    {
        var plan = PlanFixtures.DraftEmulationPlan("subjects: Các tập thể, cá nhân thuộc cơ quan thành viên Ban An toàn giao thông tỉnh.\n");
        var markup = RenderHelper.Render(plan, "ke-hoach-thi-dua");
        Assert.Contains("<part title=\"MỤC ĐÍCH, YÊU CẦU VÀ ĐỐI TƯỢNG THỰC HIỆN\">", markup);
        Assert.Contains("<clause title=\"Đối tượng thực hiện\">", markup);
    }

    [Fact]
    public void A_section_title_overrides_the_default_part_title_in_upper_case()
    {
        var plan = PlanFixtures.DraftEmulationPlan("content:\n  title: Nội dung phong trào thi đua\n  items:\n    - Tuyên truyền.\n");
        Assert.Contains("<part title=\"NỘI DUNG PHONG TRÀO THI ĐUA\">", RenderHelper.Render(plan, "ke-hoach-thi-dua"));
    }

    [Fact]
    public void Assignment_and_timeline_are_dash_items_with_plus_sub_assignments()
    {
        Assert.Contains(
            "<dash>Phân công thực hiện:<plus>Tuyên truyền tại cơ quan: Văn phòng chủ trì thực hiện.</plus><plus>Định hướng tuyên truyền đối với cơ quan báo chí: Phòng Thông tin - Báo chí - Xuất bản chủ trì thực hiện.</plus></dash>",
            _markup);
        Assert.Contains("<dash>Phân công thực hiện: 100% công chức, viên chức, người lao động Sở Thông tin và Truyền thông.</dash>", _markup);
        Assert.Contains("<dash>Thời gian thực hiện: Trong năm 2020</dash>", _markup);
    }

    [Fact]
    public void Emphasis_in_plan_text_becomes_bold()
    {
        Assert.Contains("với chủ đề “<b>Đã uống rượu, bia, không lái xe</b>”.", _markup);
    }

    [Fact]
    public void Signature_without_a_name_prints_only_the_authority_lines()
    {
        Assert.Contains("<signature>\n<authority>KT. GIÁM ĐỐC</authority>\n<authority>PHÓ GIÁM ĐỐC</authority>\n</signature>", _markup);
        Assert.DoesNotContain("<name>", _markup);
        Assert.Contains("<archive>VT</archive>", _markup);
    }

    [Fact]
    public void Markup_characters_in_plan_text_are_escaped()
    {
        var plan = PlanFixtures.DraftEmulationPlan("""
            title: Thi đua <script> & "khẩu hiệu"
            closing: Trên đây là Kế hoạch </closing><p>lạ</p> & hết

            """);
        var markup = RenderHelper.Render(plan, "ke-hoach-thi-dua");
        Assert.Contains("<title type=\"KẾ HOẠCH\">Thi đua &lt;script&gt; &amp; &quot;khẩu hiệu&quot;</title>", markup);
        Assert.Contains("<properties title=\"Thi đua &lt;script&gt; &amp; &quot;khẩu hiệu&quot;\"", markup);
        Assert.Contains("<closing>Trên đây là Kế hoạch &lt;/closing&gt;&lt;p&gt;lạ&lt;/p&gt; &amp; hết</closing>", markup);
    }

    [Fact]
    public void Paragraph_layout_puts_each_basis_as_an_italic_basis_and_the_introduction_on_its_own()
    {
        var plan = PlanFixtures.DraftEmulationPlan("""
            basis_layout: paragraphs
            parent:
              kind: Quyết định
              number: 104/QĐ-UBND
              date: 2023-03-02
              issuer: Ủy ban An toàn giao thông quốc gia

            """);
        var markup = RenderHelper.Render(plan, "ke-hoach-thi-dua");
        Assert.Contains("<basis>Thực hiện Quyết định số 104/QĐ-UBND ngày 02/3/2023 của Ủy ban An toàn giao thông quốc gia;</basis>\n<p>Sở Thông tin và Truyền thông xây dựng kế hoạch triển khai thực hiện, như sau:</p>", markup);
    }
}
