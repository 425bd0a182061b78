using System.Text;
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

    /// <summary>The character-by-character fold must give what folding the whole text at once gives.</summary>
    [Fact]
    public void Folding_a_character_at_a_time_agrees_with_folding_the_whole_text()
    {
        var pool = new StringBuilder("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789/-–—−., ;:()\u00A0\t\n");
        pool.Append("áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ");
        pool.Append("ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ");
        pool.Append("\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031B\u0903\u20DD\u01C4\u01C6\uFB01\u1E9E\u00DF\u0130\u2010\u2014\u3000ДжΩÅ가");
        var random = new Random(2024);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(12); i >= 0; i--)
            {
                text.Append(random.Next(8) == 0 ? (char)random.Next(0x20, 0x2100) : pool[random.Next(pool.Length)]);
            }
            var s = text.ToString();
            if (char.IsSurrogate(s[^1]))
            {
                continue;
            }
            Assert.Equal(TimelineText.FoldInContext(s), TimelineText.Fold(s));
        }
    }
}
