using PlanGen.Core.Document;

namespace PlanGen.Tests.Document;

public class VietnameseNumberingTests
{
    [Fact]
    public void Letters_follow_the_Vietnamese_alphabet_with_đ_after_d()
    {
        var letters = Enumerable.Range(1, 23).Select(VietnameseNumbering.Letter);
        Assert.Equal("a b c d đ e g h i k l m n o p q r s t u v x y", string.Join(' ', letters));
    }

    [Fact]
    public void Letters_past_y_double_instead_of_failing() => Assert.Equal("aa", VietnameseNumbering.Letter(24));

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(40, "XL")]
    public void Roman_numerals_use_subtractive_forms(int number, string expected) =>
        Assert.Equal(expected, VietnameseNumbering.Roman(number));

    [Fact]
    public void Numbers_below_one_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseNumbering.Roman(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseNumbering.Letter(0));
    }
}
