using PlanGen.Core.Text;
using PlanGen.Core.Timelines;

namespace PlanGen.Tests.Timelines;

public sealed class TimelineTextTests
{
    [Theory]
    [InlineData("Quý I/2024", "quy i/2024")]
    [InlineData("Đột xuất", "dot xuat")]
    [InlineData("  Thường   xuyên\u00A0 ", "thuong xuyen")]
    [InlineData("Tháng 3 – tháng 6/2024", "thang 3 - thang 6/2024")]
    [InlineData("Hoàn thành trước 30/6/2024", "hoan thanh truoc 30/6/2024")]
    public void Folds_capitals_marks_dashes_and_spaces(string text, string folded) =>
        Assert.Equal(folded, TimelineText.Fold(text));

    [Fact]
    public void A_decomposed_text_folds_as_its_composed_form() =>
        Assert.Equal(TimelineText.Fold("Quý II năm 2024"), TimelineText.Fold(UnicodeNormalization.ToNfd("Quý II năm 2024")));
}
