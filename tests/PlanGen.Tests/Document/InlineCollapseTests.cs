using PlanGen.Core.Document.Markup;

namespace PlanGen.Tests.Document;

public class InlineCollapseTests
{
    [Theory]
    [InlineData("Kế hoạch\n    bảo đảm", "Kế hoạch bảo đảm")]
    [InlineData("an toàn \t\r\n giao thông", "an toàn giao thông")]
    [InlineData("Số:      /KH-UBND", "Số:      /KH-UBND")]
    [InlineData("ngày      tháng 4 \n năm 2024", "ngày      tháng 4 năm 2024")]
    [InlineData("10\u00A0km\u2003đường", "10\u00A0km đường")]
    [InlineData("\n  Phụ lục  \n", " Phụ lục ")]
    public void Breaks_and_indentation_become_one_space_and_plain_spaces_are_kept(string markup, string expected)
    {
        Assert.Equal(expected, InlineParser.Collapse(markup));
    }

    [Fact]
    public void Text_with_nothing_to_collapse_is_returned_as_it_is()
    {
        const string text = "Ủy ban nhân dân tỉnh Lào Cai,  năm 2024";
        Assert.Same(text, InlineParser.Collapse(text));
    }

    [Fact]
    public void The_search_for_breaks_finds_every_white_space_but_the_two_spaces_kept_wherever_it_stands()
    {
        // Each character among Vietnamese text, dashes and quotes, long enough for the range searches.
        const string before = "Kế hoạch “bảo đảm” – trật tự an toàn giao thông năm 2024 ";
        const string after = " của Ủy ban nhân dân tỉnh Lào Cai… (ít nhất 01 buổi)";
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var expected = char.IsWhiteSpace((char)c) && c is not ' ' and not '\u00A0';
            Assert.Equal(expected, InlineParser.HasCollapsibleBreak(before + (char)c + after));
            Assert.Equal(expected, InlineParser.HasCollapsibleBreak(((char)c).ToString()));
        }
        Assert.False(InlineParser.HasCollapsibleBreak(before + after));
    }
}
