namespace PlanGen.Core.Text;

/// <summary>
/// Advance widths of Times New Roman's capitals, digits and the punctuation of bodies' names, in
/// thousandths of the type size, upright regular and bold (the values of the font's metrics, which
/// Liberation Serif shares). A letter with Vietnamese marks is as wide as its base letter; Ơ as O,
/// Ư a little wider than U. Enough to tell whether a name in capitals fits a header box; anything
/// else counts as a capital's width, so an estimate errs towards breaking.
/// </summary>
internal static class TimesNewRoman
{
    //                                        A    B    C    D    E    F    G    H    I    J    K    L    M    N    O    P    Q    R    S    T    U    V    W     X    Y    Z
    private static readonly short[] Regular = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611];
    private static readonly short[] Bold = [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667];

    /// <summary>The width of <paramref name="text"/> in thousandths of the type size.</summary>
    public static int Width(string text, bool bold)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c < 0x80 ? Width(c, bold) : Marked(c, bold);
        }
        return width;
    }

    // A letter with marks is as wide as its base letter; the horn of Ư (U+031B) widens U
    // (776/796 against 722) but the horn of Ơ does not widen O.
    private static int Marked(char c, bool bold)
    {
        var decomposed = UnicodeNormalization.ToNfd(c.ToString());
        var horn = decomposed[0] == 'U' && decomposed.Contains('\u031B', StringComparison.Ordinal) ? (bold ? 74 : 54) : 0;
        return (decomposed[0] < 0x80 ? Width(decomposed[0], bold) : Width(c, bold)) + horn;
    }

    private static int Width(char c, bool bold) => c switch
    {
        >= 'A' and <= 'Z' => (bold ? Bold : Regular)[c - 'A'],
        >= '0' and <= '9' or '–' => 500,
        ' ' or ',' or '.' => 250,
        '-' or '(' or ')' => 333,
        '/' => 278,
        '&' => bold ? 833 : 778,
        'Đ' => 722,
        _ => bold ? 778 : 722,
    };
}
