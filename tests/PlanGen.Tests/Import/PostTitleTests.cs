using PlanGen.Core.Import;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// A portal's title over a document it posted without the header is read in one place: the kind a
/// headerless page is named by, the page a plan's import refuses, and the title the header takes
/// all come from the same reading.
/// </summary>
public sealed class PostTitleTests
{
    [Theory]
    [InlineData("Báo cáo công tác chỉ đạo, điều hành bảo đảm trật tự an toàn giao thông 9 tháng đầu năm 2017", "Báo cáo", "Công tác chỉ đạo, điều hành bảo đảm trật tự an toàn giao thông 9 tháng đầu năm 2017")]
    [InlineData("Kế hoạch  Chương trình hành động thực hiện Nghị quyết số 12", "Kế hoạch", "Chương trình hành động thực hiện Nghị quyết số 12")]
    public void A_posts_first_line_names_the_kind_and_the_subject_opening_with_a_capital(string line, string kind, string subject)
    {
        var post = PostTitle.Of(["", line]);

        Assert.Equal((kind, subject), (post!.Kind.Name, post.Subject));
    }

    [Theory]
    [InlineData("Kế hoạch này được triển khai đến các đơn vị trực thuộc")]
    [InlineData("KẾ HOẠCH NĂM HỌC 2023-2024")]
    [InlineData("Kế hoạch 2024")]
    public void A_sentence_a_type_line_or_a_kind_with_too_short_a_subject_further_down_is_no_posts_title(string line) =>
        Assert.Null(PostTitle.Read(line, first: false));

    [Fact]
    public void The_title_a_headerless_post_gives_the_plan_is_the_subject_the_post_title_reads()
    {
        const string title = "Kế hoạch triển khai Chương trình chuyển đổi số năm 2024 trên địa bàn xã";
        var (imported, _) = ImportedText.Recognize(title + """

            I. MỤC ĐÍCH, YÊU CẦU
            1. Mục đích
            Nâng cao nhận thức về chuyển đổi số.
            II. NỘI DUNG
            Tuyên truyền.
            """);

        Assert.Equal(PostTitle.Of([title])!.Subject, Assert.IsType<ImportedPlan>(imported).Plan.Title);
    }
}
