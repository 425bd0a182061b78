using PlanGen.Core.Text;

namespace PlanGen.Tests.Vietnamese;

/// <summary>The character table answers exactly for the characters it was made of, over the whole BMP.</summary>
public sealed class CharSetTests
{
    private const string Members = "\t\u00A2¸¹µ\u0085\u1680\u2000\u200A\u3000\uFFFF";

    [Fact]
    public void Contains_exactly_the_characters_it_was_made_of()
    {
        var set = new CharSet(Members);

        for (var code = 0; code <= char.MaxValue; code++)
        {
            Assert.True(set.Contains((char)code) == Members.Contains((char)code, StringComparison.Ordinal), $"U+{code:X4}");
        }
    }

    [Theory]
    [InlineData("Kế hoạch số 68/KH-UBND", -1)]
    [InlineData("KÕ ho¹ch", 5)]
    [InlineData("ngày\u3000tháng", 4)]
    [InlineData("", -1)]
    public void Finds_the_first_member_in_a_text(string text, int expected)
    {
        Assert.Equal(expected, new CharSet(Members).IndexOfAny(text));
    }

    [Fact]
    public void Finds_the_first_member_among_letters_around_the_set()
    {
        var legacy = new CharSet("¸¹µ¶·»¼½¾¿§¬¦¨©ª®°±²³´ºÆÇËÌÎÏÑÖ×ØÛÜÞßæçëîïñö÷øûüþÿÄÅäå¢£¤¥");
        const string pool = "aăâđêôơư ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýạảấầẩẫậ¸¹µ¶ÆÇæç¢¥ÿ¡Āā";
        var random = new Random(7);
        for (var n = 0; n < 5000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(40)).Select(_ => pool[random.Next(pool.Length)])]);
            var expected = Enumerable.Range(0, text.Length).FirstOrDefault(i => legacy.Contains(text[i]), -1);
            Assert.Equal(expected, legacy.IndexOfAny(text));
        }
    }

    [Fact]
    public void Finds_any_character_of_the_set_and_no_other_inside_a_long_text()
    {
        // Long enough to be searched eight characters at a time, in Vietnamese with no letter in
        // the legacy marks' range (U+00A2–U+00FF), so the eights around the character are compared
        // with that range on the character alone, its first and last members included.
        const string marks = "¸¹µ¶·»¼½¾¿§¬¦¨©ª®°±²³´ºÆÇËÌÎÏÑÖ×ØÛÜÞßæçëîïñö÷øûüþÿÄÅäå¢£¤¥";
        var set = new CharSet(marks);
        const string before = "Kế hoạch số 68/KH-UBND năm 2024 của tỉnh Lạng Sơn ";
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var text = before + (char)code + " về trật tự an toàn giao thông";
            var expected = marks.Contains((char)code, StringComparison.Ordinal) ? before.Length : -1;
            Assert.True(set.IndexOfAny(text) == expected, $"U+{code:X4}");
        }
    }
}
