using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PlanGen.Core.Text;

/// <summary>
/// A set of characters looked up in a table of one bit per character (8 KB). Meant for sets that
/// mix ASCII with other characters: <see cref="System.Buffers.SearchValues"/> searches those with a
/// probabilistic map that Native AOT compiles without the vector shuffle it relies on, and there
/// that search cost more than reading the rest of a plan. A plain loop over this table costs about
/// a nanosecond a character; a search passes over eight characters at once where none of them lies
/// between the smallest and the largest member. Sets of ASCII characters only are better left to
/// SearchValues.
/// </summary>
public sealed class CharSet
{
    private readonly uint[] _bits = new uint[65536 / 32];

    // The smallest and largest member: eight characters all outside that range are passed over at once.
    private readonly ushort _lowest = char.MaxValue;
    private readonly ushort _highest;

    /// <summary>The set of the characters of <paramref name="characters"/>.</summary>
    public CharSet(string characters)
    {
        foreach (var c in characters)
        {
            _bits[c >> 5] |= 1u << (c & 31);
            _lowest = Math.Min(_lowest, c);
            _highest = Math.Max(_highest, c);
        }
    }

    /// <summary>True when <paramref name="c"/> is in the set.</summary>
    public bool Contains(char c) => (_bits[c >> 5] & (1u << (c & 31))) != 0;

    /// <summary>The index of the first character of <paramref name="text"/> in the set, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated && _lowest <= _highest)
        {
            // Eight at a time, looked up one by one only when one of them is in the members' range
            // (for the legacy marks, U+00A2–U+00FF: a Vietnamese text has no more than a few of
            // its letters there in most eights).
            ref var units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var lowest = Vector128.Create(_lowest);
            var width = Vector128.Create((ushort)(_highest - _lowest));
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                if (Vector128.LessThanOrEqualAny(Vector128.LoadUnsafe(ref units, (nuint)i) - lowest, width))
                {
                    for (var j = i; j < i + Vector128<ushort>.Count; j++)
                    {
                        if (Contains(text[j]))
                        {
                            return j;
                        }
                    }
                }
            }
        }
        for (; i < text.Length; i++)
        {
            if (Contains(text[i]))
            {
                return i;
            }
        }
        return -1;
    }
}
