using PlanGen.Core.Templating;

namespace PlanGen.Tests.Templating;

public class FormattingTests
{
    [Theory]
    [InlineData("{{ roman 1 }},{{ roman 4 }},{{ roman 8 }},{{ roman 14 }}", "I,IV,VIII,XIV")]
    [InlineData("{{ letter 1 }},{{ letter 4 }},{{ letter 5 }},{{ letter 6 }},{{ letter 7 }}", "a,d,đ,e,g")]
    [InlineData("{{ upper_vi 'Ủy ban nhân dân tỉnh Lào Cai' }}", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI")]
    [InlineData("{{ doc_number 5 'KH' 'UBND' }}|{{ doc_number null 'KH' 'STTTT' }}", "Số: 05/KH-UBND|Số:      /KH-STTTT")]
    [InlineData("{{ doc_ref 68 'KH' 'UBND' }}", "68/KH-UBND")]
    [InlineData("{{ vn_date_long plan.date }}|{{ vn_date_short plan.date }}", "ngày      tháng 4 năm 2020|     /4/2020")]
    [InlineData("{{ vn_date_long null 2023 }}", "ngày      tháng      năm 2023")]
    [InlineData("{{ citation plan.parent.citation }}", "kế hoạch số 83/KH-UBND ngày 01/4/2020 về phát động phong trào thi đua bảo đảm trật tự an toàn giao thông năm 2020")]
    [InlineData("{{ plain '**Đậm** <x>\nhai' }}", "Đậm &lt;x&gt; hai")]
    public void Functions_format_the_Vietnamese_way(string source, string expected)
    {
        var (markup, diagnostics) = RenderHelper.RenderAdhoc(RenderHelper.Adhoc(source));
        Assert.Empty(diagnostics);
        Assert.Equal(expected, markup);
    }

    [Theory]
    [InlineData("**a** và *b*", "<b>a</b> và <i>b</i>")]
    [InlineData("*a **b** c*", "<i>a <b>b</b> c</i>")]
    [InlineData("**a *b** c*", "<b>a *b</b> c*")]
    [InlineData("2 * 3 * 4", "2 * 3 * 4")]
    [InlineData("**chưa đóng", "**chưa đóng")]
    [InlineData("<b>**x**</b>", "&lt;b&gt;<b>x</b>&lt;/b&gt;")]
    public void Emphasis_is_converted_only_where_it_stays_well_formed(string text, string expected)
    {
        Assert.Equal(expected, MarkupText.Inline(text));
    }

    [Fact]
    public void Control_characters_never_reach_the_markup()
    {
        Assert.Equal("ab", MarkupText.Escape("a\u0001b"));
    }
}
