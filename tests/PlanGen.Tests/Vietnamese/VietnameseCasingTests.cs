using System.Globalization;
using System.Text;
using PlanGen.Core.Text;

namespace PlanGen.Tests.Vietnamese;

public class VietnameseCasingTests
{
    // Every letter of the Vietnamese alphabet with every tone, both cases, precomposed (NFC).
    private static readonly string Letters = string.Concat(
        from vowel in new[] { "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y" }
        from mark in new[] { "", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323" }
        select (vowel + mark).Normalize(NormalizationForm.FormC)) + "bcdđghklmnpqrstvx";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    [Fact]
    public void UpperCaseOfEveryVietnameseLetterIsTheVietnameseCultures()
    {
        Assert.Equal(Letters.ToUpper(Vietnamese), VietnameseCasing.Upper(Letters));
        Assert.Contains("Ự", VietnameseCasing.Upper(Letters), StringComparison.Ordinal);
    }

    [Fact]
    public void LowerCaseOfEveryVietnameseLetterIsTheVietnameseCultures()
    {
        var upper = Letters.ToUpper(Vietnamese);
        Assert.Equal(upper.ToLower(Vietnamese), VietnameseCasing.Lower(upper));
        Assert.Equal(Letters, VietnameseCasing.Lower(upper));
    }

    [Fact]
    public void SingleLettersChangeCaseAsWholeTexts()
    {
        foreach (var letter in Letters)
        {
            Assert.Equal(char.ToUpper(letter, Vietnamese), VietnameseCasing.Upper(letter));
            Assert.Equal(char.ToLower(char.ToUpper(letter, Vietnamese), Vietnamese), VietnameseCasing.Lower(VietnameseCasing.Upper(letter)));
        }
    }
}
