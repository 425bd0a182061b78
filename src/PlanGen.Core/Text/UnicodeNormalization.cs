using System.Text;

namespace PlanGen.Core.Text;

/// <summary>
/// Unicode normalization, NFC and NFD (UAX #15), from tables of the Unicode Character Database
/// (<c>UnicodeNormalization.Data.cs</c>) rather than the operating system's: the same text
/// normalizes the same on every machine, and plangen needs no ICU library (the Linux builds run
/// with invariant globalization). Text that is already normalized, as nearly all text is, is
/// recognised in one pass and returned as it is.
/// </summary>
public static partial class UnicodeNormalization
{
    private const int HangulFirst = 0xAC00, HangulCount = 11172, LeadFirst = 0x1100, VowelFirst = 0x1161, TrailFirst = 0x11A7;
    private const int VowelCount = 21, TrailCount = 28, LeadCount = 19;

    /// <summary>The text in Normalization Form C (composed): Vietnamese letters as one code point each.</summary>
    public static string ToNfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsStable(text, NfcBlocks, NfcUnstable) ? text : Write(Compose(Decompose(text)));
    }

    /// <summary>The text in Normalization Form D (decomposed): base letters followed by their marks.</summary>
    public static string ToNfd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsStable(text, NfdBlocks, NfdUnstable) ? text : Write(Decompose(text));
    }

    /// <summary>Whether the text is in Normalization Form C.</summary>
    public static bool IsNfc(string text)
    {
        // ToNfc returns the very string when it is stable, which the comparison sees at once.
        return string.Equals(ToNfc(text), text, StringComparison.Ordinal);
    }

    // True when no code point of the text is in the ranges: normalization leaves such a text unchanged.
    // Most characters are settled by their block of 256 (all of Vietnamese is in stable blocks).
    private static bool IsStable(string text, ReadOnlySpan<byte> mixedBlocks, ReadOnlySpan<int> unstable)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (mixedBlocks[text[i] >> 8] != 0 && InRanges(CodePointAt(text, ref i), unstable))
            {
                return false;
            }
        }
        return true;
    }

    // The code point at i, moving i onto the second half of a surrogate pair; a lone surrogate is itself.
    private static int CodePointAt(string text, ref int i)
    {
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            i++;
            return char.ConvertToUtf32(text[i - 1], text[i]);
        }
        return text[i];
    }

    private static bool InRanges(int c, ReadOnlySpan<int> ranges)
    {
        int low = 0, high = (ranges.Length / 2) - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (c < ranges[2 * middle])
            {
                high = middle - 1;
            }
            else if (c > ranges[(2 * middle) + 1])
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }

    // The full canonical decomposition, marks in canonical order.
    private static List<int> Decompose(string text)
    {
        var result = new List<int>(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = CodePointAt(text, ref i);
            if (c - HangulFirst is >= 0 and < HangulCount)
            {
                var index = c - HangulFirst;
                Append(result, LeadFirst + (index / (VowelCount * TrailCount)));
                Append(result, VowelFirst + (index % (VowelCount * TrailCount) / TrailCount));
                if (index % TrailCount != 0)
                {
                    Append(result, TrailFirst + (index % TrailCount));
                }
                continue;
            }
            var at = DecomposedPoints.BinarySearch(c);
            if (at < 0)
            {
                Append(result, c);
                continue;
            }
            var entry = DecompositionIndex[at];
            foreach (var part in DecompositionData.Slice(entry >> 8, entry & 0xFF))
            {
                Append(result, part);
            }
        }
        return result;
    }

    // Appends a code point, moving a mark back past marks of a higher class (canonical ordering).
    private static void Append(List<int> result, int c)
    {
        var cls = CombiningClass(c);
        var at = result.Count;
        result.Add(c);
        if (cls == 0)
        {
            return;
        }
        while (at > 0 && CombiningClass(result[at - 1]) > cls)
        {
            result[at] = result[at - 1];
            at--;
        }
        result[at] = c;
    }

    // Canonical composition of a decomposed, ordered sequence, in place.
    private static List<int> Compose(List<int> points)
    {
        if (points.Count == 0)
        {
            return points;
        }
        var starterAt = 0;
        var starter = points[0];
        // A mark at the very start has no starter to join.
        var lastClass = CombiningClass(starter) == 0 ? 0 : 256;
        var written = 1;
        for (var i = 1; i < points.Count; i++)
        {
            var c = points[i];
            var cls = CombiningClass(c);
            // Blocked unless nothing of the same or a higher class stands between, or c follows the starter directly.
            if ((lastClass < cls || lastClass == 0) && Composite(starter, c) is var composite and >= 0)
            {
                points[starterAt] = starter = composite;
                continue;
            }
            if (cls == 0)
            {
                starterAt = written;
                starter = c;
            }
            lastClass = cls;
            points[written++] = c;
        }
        points.RemoveRange(written, points.Count - written);
        return points;
    }

    private static int Composite(int first, int second)
    {
        if (first - LeadFirst is >= 0 and < LeadCount && second - VowelFirst is >= 0 and < VowelCount)
        {
            return HangulFirst + ((((first - LeadFirst) * VowelCount) + (second - VowelFirst)) * TrailCount);
        }
        if (first - HangulFirst is >= 0 and < HangulCount && (first - HangulFirst) % TrailCount == 0 && second - TrailFirst is > 0 and < TrailCount)
        {
            return first + (second - TrailFirst);
        }
        var at = CompositionPairs.BinarySearch(((long)first << 21) | (uint)second);
        return at >= 0 ? Composites[at] : -1;
    }

    private static int CombiningClass(int c)
    {
        if (c < 0x300)
        {
            return 0;
        }
        var at = CombiningPoints.BinarySearch(c);
        return at >= 0 ? CombiningClasses[at] : 0;
    }

    private static string Write(List<int> points)
    {
        var text = new StringBuilder(points.Count + 4);
        foreach (var c in points)
        {
            if (c < 0x10000)
            {
                // A lone surrogate of broken UTF-16 is kept as it was.
                text.Append((char)c);
            }
            else
            {
                text.Append(char.ConvertFromUtf32(c));
            }
        }
        return text.ToString();
    }
}
