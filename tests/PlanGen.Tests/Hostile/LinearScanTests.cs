using System.Text.RegularExpressions;
using PlanGen.Core.Templating;
using PlanGen.Core.Timelines;
using PlanGen.Core.Text;
using PlanGen.Core.Yaml;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// The scanners that once went quadratic on hostile text: the bold scanner finds exactly what the
/// old lazy pattern found (checked on thousands of random texts) and goes over pathological text
/// in work counted linear in its length; the banded edit distance equals the full table within
/// its band; long timelines are not read as dates. No time is asserted.
/// </summary>
public sealed partial class LinearScanTests
{
    [GeneratedRegex(@"\*\*(?=\S)(.+?)(?<=\S)\*\*", RegexOptions.Singleline)]
    private static partial Regex OldBold();

    [Fact]
    public void Bold_spans_match_the_old_pattern_on_random_text()
    {
        var random = new Random(11);
        const string alphabet = "**  ab\n\t*ă";
        for (var n = 0; n < 5000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.Equal(OldBold().Replace(text, "<b>$1</b>"), BoldSpans.Replace(text, inner => "<b>" + inner + "</b>"));
        }
    }

    /// <param name="unit">Repeated to make the text.</param>
    /// <param name="fiveInlined">What five units in a row become as inline markup; null for unchanged.</param>
    [Theory]
    [InlineData("**a ", null)]
    [InlineData("** a", null)]
    [InlineData("*a ", null)]
    [InlineData("*Kế hoạch *", null)]
    [InlineData("**", "<b>*</b><b>*</b>")]
    public void Pathological_emphasis_text_is_scanned_in_work_linear_in_its_length(string unit, string? fiveInlined)
    {
        // The lazy pattern this scanner replaced went over the rest of the text from every star:
        // 40,000 units took some 800 million steps. Here ten times the text takes about ten times
        // the work, and never more than three passes over it.
        var (small, smallText) = Examined(unit, 4_000);
        var (large, largeText) = Examined(unit, 40_000);

        Assert.InRange(large, 0, 3L * largeText.Length);
        Assert.InRange(large, 0, (10 * small) + 100);
        Assert.Equal(Inlined(4_000), MarkupText.Inline(smallText));
        Assert.Equal(Inlined(40_000), MarkupText.Inline(largeText));

        string Inlined(int count) => string.Concat(Enumerable.Repeat(fiveInlined ?? string.Concat(Enumerable.Repeat(unit, 5)), count / 5));
    }

    private static (long Examined, string Text) Examined(string unit, int count)
    {
        var text = string.Concat(Enumerable.Repeat(unit, count));
        BoldSpans.Replace(text, inner => inner, out var examined);
        return (examined, text);
    }

    [Fact]
    public void The_banded_distance_equals_the_full_distance_on_short_words()
    {
        var random = new Random(7);
        for (var n = 0; n < 3000; n++)
        {
            var a = Word(random, random.Next(0, 12));
            var b = random.Next(3) == 0 ? Swap(a, random) : Word(random, random.Next(0, 12));
            Assert.Equal(FullDistance(a, b), Suggestions.Distance(a, b));
        }
    }

    [Fact]
    public void Distances_of_huge_names_are_capped()
    {
        var a = new string('a', 50_000);
        var b = new string('b', 50_000);
        Assert.Equal(Suggestions.MaxDistance + 1, Suggestions.Distance(a, b));
        Assert.Empty(Suggestions.Closest(a, [b, "title"]));
        Assert.Equal(0, Suggestions.Distance(a, a));
    }

    [Theory]
    [InlineData("tháng 1 ", 100_000)]
    [InlineData("Quý I/2024 và ", 50_000)]
    public void A_huge_timeline_is_not_read_as_dates(string unit, int count)
    {
        var parsed = TimelineParser.Parse(string.Concat(Enumerable.Repeat(unit, count)), 2024);
        Assert.False(parsed.Understood);
    }

    [Fact]
    public void A_timeline_within_the_limit_is_still_read()
    {
        Assert.True(TimelineParser.Parse("Hoàn thành trong Quý I/2024 và duy trì thường xuyên", 2024).Understood);
    }

    private static string Word(Random random, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => "abcă"[random.Next(4)])]);

    private static string Swap(string a, Random random)
    {
        if (a.Length < 2)
        {
            return a + "b";
        }
        var i = random.Next(a.Length - 1);
        var chars = a.ToCharArray();
        (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        return new string(chars);
    }

    // The reference: the whole optimal-string-alignment table.
    private static int FullDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
