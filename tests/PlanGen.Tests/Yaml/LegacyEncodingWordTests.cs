using PlanGen.Core.Yaml;

namespace PlanGen.Tests.Yaml;

/// <summary>
/// The TCVN3/VNI warning (PG1103) names text typed in an old encoding, never a Vietnamese word
/// written in Unicode, in capitals or not.
/// </summary>
public sealed class LegacyEncodingWordTests
{
    // Every letter Vietnamese writes, lower case and capitals, precomposed (NFC).
    private const string VietnameseLetters =
        "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";

    [Fact]
    public void No_Vietnamese_letter_is_taken_for_a_legacy_encoding_mark()
    {
        var letters = VietnameseLetters + VietnameseLetters.ToUpperInvariant();
        foreach (var letter in letters)
        {
            Assert.Null(TextChecks.LegacyWord($"x{letter}x"));
        }
    }

    [Theory]
    [InlineData("CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI")]
    [InlineData("KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NĂM 2022")]
    [InlineData("Ủy ban nhân dân tỉnh Lào Cai")]
    public void A_title_in_Unicode_is_not_warned_as_legacy_text(string title) => Assert.Null(TextChecks.LegacyWord(title));

    [Theory]
    [InlineData("KÕ ho¹ch thùc hiÖn", "ho¹ch")]
    [InlineData("Uû ban nh©n d©n", "Uû")]
    public void Text_typed_in_TCVN3_is_named_by_its_first_legacy_word(string text, string word) => Assert.Equal(word, TextChecks.LegacyWord(text));
}
