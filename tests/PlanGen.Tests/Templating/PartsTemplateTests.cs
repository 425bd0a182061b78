using PlanGen.Tests.Support;
namespace PlanGen.Tests.Templating;

/// <summary>
/// A plan that lists its parts is printed in its own order by both built-in templates: parts of a
/// kind take the template's title, clauses of a kind theirs, sub-clauses nest under their clause,
/// and a parent cited among the bases keeps its place.
/// </summary>
public sealed class PartsTemplateTests
{
    private const string Parts = """
        parts:
          - title: Mục đích, yêu cầu
            items:
              - kind: purpose
                text: Nâng cao ý thức chấp hành pháp luật.
              - kind: requirements
                text: Triển khai đồng bộ, hiệu quả.
          - title: Tiêu chí cơ bản
            text: Không để xảy ra tai nạn giao thông nghiêm trọng.
          - kind: content
            items:
              - title: Công tác tuyên truyền
                clauses:
                  - title: Tuyên truyền trong trường học
                    items:
                      - Tổ chức ngoại khóa cho học sinh.
                  - title: Tuyên truyền tại thôn
                    clauses:
                      - Loa truyền thanh phát mỗi tuần một lần.
          - kind: organization
            text: Các phòng, đơn vị thuộc Sở triển khai thực hiện.
        purpose: ~
        requirements: ~
        content: ~
        organization: ~

        """;

    [Theory]
    [InlineData("ke-hoach-atgt", "NHIỆM VỤ TRỌNG TÂM")]
    [InlineData("ke-hoach-thi-dua", "NỘI DUNG THỰC HIỆN")]
    public void Parts_are_printed_in_the_written_order_with_the_templates_titles(string template, string contentTitle)
    {
        var markup = RenderHelper.Render(PlanFixtures.DraftEmulationPlan(Parts), template);

        string[] order = ["<part title=\"MỤC ĐÍCH, YÊU CẦU\">", "<clause title=\"Mục đích\">", "<clause title=\"Yêu cầu\">",
            "<part title=\"TIÊU CHÍ CƠ BẢN\">", $"<part title=\"{contentTitle}\">", "<part title=\"TỔ CHỨC THỰC HIỆN\">"];
        var positions = order.Select(t => markup.IndexOf(t, StringComparison.Ordinal)).ToArray();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Sub_clauses_nest_under_their_clause_after_its_points()
    {
        var markup = RenderHelper.Render(PlanFixtures.DraftEmulationPlan(Parts), "ke-hoach-atgt");

        Assert.Contains(
            "<clause title=\"Công tác tuyên truyền\">\n<clause title=\"Tuyên truyền trong trường học\">\n<point>Tổ chức ngoại khóa cho học sinh.</point>\n</clause>\n<clause title=\"Tuyên truyền tại thôn\">\n<clause>\n<p>Loa truyền thanh phát mỗi tuần một lần.</p>\n</clause>\n</clause>\n</clause>",
            markup);
    }

    [Fact]
    public void A_parent_cited_among_the_bases_is_printed_in_its_place()
    {
        var plan = PlanFixtures.DraftEmulationPlan("""
            parent: ~
            basis:
              - Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư Trung ương Đảng
              - parent:
                  kind: Kế hoạch
                  number: 83/KH-UBND
                  date: 2020-04-01
                  issuer: Ủy ban nhân dân tỉnh
              - Nghị quyết của Đảng ủy Sở

            """);

        var markup = RenderHelper.Render(plan, "ke-hoach-thi-dua");

        Assert.Contains(
            "<p>Thực hiện Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư Trung ương Đảng, Kế hoạch số 83/KH-UBND ngày 01/4/2020 của Ủy ban nhân dân tỉnh và Nghị quyết của Đảng ủy Sở, Sở Thông tin và Truyền thông xây dựng kế hoạch triển khai thực hiện, như sau:</p>",
            markup);
    }

    [Fact]
    public void The_signature_note_is_printed_under_the_name()
    {
        var plan = PlanFixtures.DraftEmulationPlan("signature:\n  head: Giám đốc\n  office: Giám đốc\n  name: Nguyễn Văn An\n  note: Chủ tịch Hội đồng thi đua\n");

        Assert.Contains("<name>Nguyễn Văn An</name>\n<note>Chủ tịch Hội đồng thi đua</note>", RenderHelper.Render(plan, "ke-hoach-thi-dua"));
    }
}
