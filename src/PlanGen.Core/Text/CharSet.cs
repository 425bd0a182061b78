namespace PlanGen.Core.Text;

/// <summary>
/// A set of characters looked up in a table of one bit per character (8 KB). Meant for sets that
/// mix ASCII with other characters: <see cref="System.Buffers.SearchValues"/> searches those with a
/// probabilistic map that Native AOT compiles without the vector shuffle it relies on, and there
/// that search cost more than reading the rest of a plan. A plain loop over this table costs about
/// a nanosecond a character. Sets of ASCII characters only are better left to SearchValues.
/// </summary>
public sealed class CharSet
{
    private readonly uint[] _bits = new uint[65536 / 32];

    /// <summary>The set of the characters of <paramref name="characters"/>.</summary>
    public CharSet(string characters)
    {
        foreach (var c in characters)
        {
            _bits[c >> 5] |= 1u << (c & 31);
        }
    }

    /// <summary>True when <paramref name="c"/> is in the set.</summary>
    public bool Contains(char c) => (_bits[c >> 5] & (1u << (c & 31))) != 0;

    /// <summary>The index of the first character of <paramref name="text"/> in the set, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Contains(text[i]))
            {
                return i;
            }
        }
        return -1;
    }
}
