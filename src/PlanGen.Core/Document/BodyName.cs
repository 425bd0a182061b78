namespace PlanGen.Core.Document;

/// <summary>
/// The parts of a body's name as Vietnamese writes it: its kind ("Ủy ban nhân dân", "Sở Giáo dục
/// và Đào tạo", "Trường Trung học cơ sở") and its place ("xã Tân Lập", "tỉnh Lào Cai", or a school's
/// own name "Kim Đồng"). A place name capitalises every syllable, a kind only the first of each of its
/// parts, so the place is the run of capitalised words at the end, with the administrative word
/// before it. A name typed in capitals has lost that cue: its place starts at its last
/// administrative word.
/// </summary>
internal static class BodyName
{
    private static readonly string[] Units = ["tỉnh", "huyện", "quận", "xã", "phường"];
    private static readonly string[] TwoWordUnits = ["thành phố", "thị xã", "thị trấn", "đặc khu"];

    /// <summary>The index of the word the place starts at; -1 when the name has none after its kind.</summary>
    public static int PlaceStart(string[] words)
    {
        var start = words.Length;
        while (start > 0 && (IsProper(words[start - 1]) || (IsDash(words[start - 1]) && start < words.Length && start >= 2 && IsProper(words[start - 2]))))
        {
            start--;
        }
        // "Trường Trung học phổ thông số 1 Bảo Thắng": the number is part of the school's name.
        if (start >= 2 && IsNumber(words[start - 1]) && Is(words[start - 2], "số"))
        {
            start -= 2;
        }
        if (start == words.Length || start == 0)
        {
            return LastUnit(words);
        }
        var unit = UnitBefore(words, start);
        return unit > 0 ? unit : start;
    }

    /// <summary>
    /// Where a clerk breaks a long kind: before "và" (moving it down with what it joins), after a
    /// comma or a dash, or before a capitalised part ("Sở | Giáo dục"), but not between "và" and it.
    /// </summary>
    public static bool IsNaturalBreak(string[] words, int index)
    {
        var previous = words[index - 1];
        return Is(words[index], "và")
            || previous.EndsWith(',') || IsDash(previous)
            || (IsProper(words[index]) && !Is(previous, "và"));
    }

    // The administrative word right before the place's name, when there is one after the kind.
    private static int UnitBefore(string[] words, int start)
    {
        if (start >= 3 && IsTwoWordUnit(words[start - 2], words[start - 1]))
        {
            return start - 2;
        }
        return start >= 2 && Units.Any(u => Is(words[start - 1], u)) ? start - 1 : -1;
    }

    private static int LastUnit(string[] words)
    {
        for (var i = words.Length - 2; i >= 1; i--)
        {
            if (i >= 2 && IsTwoWordUnit(words[i - 1], words[i]))
            {
                return i - 1;
            }
            if (Units.Any(u => Is(words[i], u)))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsTwoWordUnit(string first, string second) => TwoWordUnits.Any(u => Is(first + " " + second, u));

    // A capitalised word that is not an abbreviation: "Tân", "A" (as in xã A Lù), not "THCS" or "và".
    private static bool IsProper(string word)
    {
        var letters = word.Where(char.IsLetter).ToList();
        return letters.Count > 0 && char.IsUpper(word[0]) && (letters.Count == 1 || letters.Skip(1).Any(char.IsLower));
    }

    private static bool IsNumber(string word) => word.All(char.IsAsciiDigit);

    private static bool IsDash(string word) => word is "-" or "–";

    private static bool Is(string word, string expected) => string.Equals(word, expected, StringComparison.OrdinalIgnoreCase);
}
