using System.Text;
using PlanGen.Core.Text;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Vietnamese;

/// <summary>
/// plangen's own NFC and NFD against the operating system's (ICU, which the tests run with): every
/// code point alone, and random sequences of letters, marks and Hangul in any order.
/// </summary>
public sealed class UnicodeNormalizationTests
{
    [Fact]
    public void Every_code_point_normalizes_as_the_operating_system_does()
    {
        var differences = new List<string>();
        for (var c = 0; c <= 0x10FFFF && differences.Count < 10; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }
            var text = char.ConvertFromUtf32(c);
            if (!IsAcceptedByOperatingSystem(text))
            {
                // .NET refuses noncharacters such as U+FFFE; they have no decomposition.
                Assert.Same(text, UnicodeNormalization.ToNfc(text));
                continue;
            }
            if (UnicodeNormalization.ToNfc(text) != text.Normalize(NormalizationForm.FormC))
            {
                differences.Add($"NFC U+{c:X4}");
            }
            if (UnicodeNormalization.ToNfd(text) != text.Normalize(NormalizationForm.FormD))
            {
                differences.Add($"NFD U+{c:X4}");
            }
        }

        Assert.Empty(differences);
    }

    [Theory]
    [InlineData("Ke\u0302\u0301 hoa\u0323ch", "Kế hoạch")]
    [InlineData("Ủy ban nha\u0302n da\u0302n ti\u0309nh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai")]
    [InlineData("a\u0323\u0302", "ậ")]
    [InlineData("a\u0302\u0323", "ậ")]
    [InlineData("\u0301a", "\u0301a")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    public void Decomposed_Vietnamese_and_Hangul_compose(string decomposed, string composed)
    {
        Assert.Equal(composed, UnicodeNormalization.ToNfc(decomposed));
        Assert.Equal(decomposed.Normalize(NormalizationForm.FormC), UnicodeNormalization.ToNfc(decomposed));
        Assert.True(UnicodeNormalization.IsNfc(composed));
        Assert.Equal(composed == decomposed, UnicodeNormalization.IsNfc(decomposed));
    }

    [Fact]
    public void Text_already_normalized_is_returned_as_it_is()
    {
        var text = "Kế hoạch thực hiện năm An toàn giao thông 2024 của tỉnh Lào Cai";

        Assert.Same(text, UnicodeNormalization.ToNfc(text));
    }

    [Fact]
    public void Long_Vietnamese_texts_with_a_mark_or_a_singleton_anywhere_normalize_as_the_operating_system_does()
    {
        // Long enough to be read eight characters at a time, with the one character that is not
        // already normalized at every place relative to those eights, or no such character at all.
        const string text = "Ủy ban nhân dân tỉnh Lào Cai: kế hoạch bảo đảm trật tự an toàn giao thông đường bộ “năm 2024” – ơ ư ă đ ỹ ự";
        string[] intruders = ["", "\u0301", "\u0323", "\u0340", "\u2126", "\u0958", "\uD834\uDD5E", "\u1100\u1161", "ê\u0303"];
        foreach (var intruder in intruders)
        {
            for (var at = 0; at <= text.Length; at++)
            {
                if (at > 0 && char.IsHighSurrogate(text[at - 1]))
                {
                    continue;
                }
                var mixed = text[..at] + intruder + text[at..];
                Assert.Equal(mixed.Normalize(NormalizationForm.FormC), UnicodeNormalization.ToNfc(mixed));
                Assert.Equal(mixed.Normalize(NormalizationForm.FormD), UnicodeNormalization.ToNfd(mixed));
                Assert.Equal(mixed.IsNormalized(NormalizationForm.FormC), UnicodeNormalization.IsNfc(mixed));
            }
        }
    }

    [Fact]
    public void Random_sequences_of_letters_and_marks_normalize_as_the_operating_system_does()
    {
        // Starters that compose, marks of several classes (in any order), Hangul jamo and syllables,
        // composition exclusions, singletons and supplementary letters with marks.
        string[] pool =
        [
            "a", "e", "o", "u", "i", "y", "A", "O", "đ", "ơ", "ư", "ê", "â", "ă", "ạ", "ế", "ừ",
            "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031B", "\u0327", "\u0345", "\u0344",
            "\u1100", "\u1161", "\u11A8", "\uAC00", "\uAC01", "\u0958", "\u2126", "\u212B", "\u0F73", "\u0B47", "\u0B3E",
            "\U0001D15E", "\U000110A5", "\U000110BA", "\U00011131", "\U00011127", " ", "\uD800",
        ];
        var random = new Random(2024);
        var differences = new List<string>();
        for (var n = 0; n < 20_000 && differences.Count < 5; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => pool[random.Next(pool.Length)]));
            if (text.Contains('\uD800', StringComparison.Ordinal))
            {
                // Broken UTF-16: the operating system refuses it; plangen keeps the lone surrogate.
                Assert.Contains('\uD800', UnicodeNormalization.ToNfc(text));
                continue;
            }
            if (UnicodeNormalization.ToNfc(text) != text.Normalize(NormalizationForm.FormC)
                || UnicodeNormalization.ToNfd(text) != text.Normalize(NormalizationForm.FormD)
                || UnicodeNormalization.IsNfc(text) != text.IsNormalized(NormalizationForm.FormC))
            {
                differences.Add(string.Join(' ', text.EnumerateRunes().Select(r => $"U+{r.Value:X4}")));
            }
        }

        Assert.Empty(differences);
    }

    [Fact]
    public void No_source_normalizes_through_the_operating_system()
    {
        // The Linux builds run in the invariant culture, where string.Normalize returns its input
        // unchanged: a call would silently stop normalizing there.
        var callers = Directory.EnumerateFiles(Path.Combine(TestPaths.Repository, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("NormalizationForm", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(TestPaths.Repository, f));

        Assert.Empty(callers);
    }

    private static bool IsAcceptedByOperatingSystem(string text)
    {
        try
        {
            _ = text.IsNormalized(NormalizationForm.FormC);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
