using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Text;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// The label a numbered line starts with: <c>I.</c>, <c>1.</c>, <c>1.1.</c>, <c>a)</c>, <c>-</c>,
/// <c>+</c>. The decree writes parts and clauses with a full stop and points with a parenthesis;
/// documents also write <c>1)</c>, <c>a.</c>, <c>I-</c>, which are read as the same levels.
/// </summary>
/// <param name="Kind">The level.</param>
/// <param name="Path">The numbers: one for a part, point or clause, several for a nested clause (1.1.1 → 1, 1, 1); empty for a dash or plus.</param>
/// <param name="Mark">What follows the numbers: <c>.</c>, <c>)</c>, <c>-</c>, or nothing (a nested clause "1.1").</param>
public sealed partial record NumberingLabel(LabelKind Kind, EquatableList<int> Path, string Mark)
{
    /// <summary>The decree's label of a part: <c>II.</c>.</summary>
    public static NumberingLabel Part(int number) => new(LabelKind.Part, new([number]), ".");

    /// <summary>The decree's label of a clause: <c>2.</c>, or nested <c>2.1</c> (as the decree's examples print them).</summary>
    public static NumberingLabel Clause(params int[] path) => new(LabelKind.Clause, new(path), path.Length == 1 ? "." : "");

    /// <summary>The decree's label of a point: <c>đ)</c>.</summary>
    public static NumberingLabel Point(int number) => new(LabelKind.Point, new([number]), ")");

    /// <summary>A dash item's label.</summary>
    public static NumberingLabel Dash { get; } = new(LabelKind.Dash, new([]), "");

    /// <summary>A plus item's label.</summary>
    public static NumberingLabel Plus { get; } = new(LabelKind.Plus, new([]), "");

    /// <summary>The number of a part, clause or point (the last of a nested clause's); 0 for a dash or plus.</summary>
    public int Number => Path.Count == 0 ? 0 : Path[^1];

    /// <summary>True when the label is written as the decree writes its level (<c>I.</c>, <c>1.</c>, <c>1.1</c>, <c>1.1.</c>, <c>a)</c>).</summary>
    public bool IsDecreeForm => Kind switch
    {
        LabelKind.Part => Mark == ".",
        LabelKind.Clause => Mark == "." || (Mark.Length == 0 && Path.Count > 1),
        LabelKind.Point => Mark == ")",
        _ => true,
    };

    /// <summary>The label as printed: <c>IV.</c>, <c>1.2.</c>, <c>đ)</c>, <c>-</c>, <c>+</c>.</summary>
    public string Format() => Kind switch
    {
        LabelKind.Part => RomanNumeral.Format(Path[0]) + Mark,
        LabelKind.Clause => string.Join('.', Path.Select(n => n.ToString(CultureInfo.InvariantCulture))) + Mark,
        LabelKind.Point => PointLetter.Format(Path[0]) + Mark,
        LabelKind.Dash => "-",
        _ => "+",
    };

    /// <summary>
    /// The label a line starts with and the text after it (<c>"1. Mục đích: …"</c> → clause 1 and
    /// <c>"Mục đích: …"</c>); null when the line starts with no label. A label stands before a space,
    /// or right before a letter after its mark (<c>I.MỤC TIÊU</c>, <c>a)Tuyên truyền</c>);
    /// <c>1.000 người</c>, <c>2024 …</c> and <c>e-learning</c> start with none.
    /// </summary>
    public static LabeledText? Parse(string line)
    {
        var text = line.TrimStart();
        if (text.Length == 0) return null;
        if (GrammarText.IsDash(text[0]) || text[0] == '•') return Bullet(LabelKind.Dash, text);
        if (text[0] == '+') return Bullet(LabelKind.Plus, text);
        var match = LinePattern().Match(text);
        if (!match.Success || Label(match.Groups["body"].Value, match.Groups["mark"].Value, alone: false) is not { } label) return null;
        return new LabeledText(label, text[match.Length..].Trim());
    }

    /// <summary>The label of a whole text such as an appendix row's number cell ("II", "7.1", "3."); null when it is none.</summary>
    public static NumberingLabel? ParseAlone(string text)
    {
        var match = AlonePattern().Match(text.Trim());
        return match.Success ? Label(match.Groups["body"].Value, match.Groups["mark"].Value, alone: true) : null;
    }

    private static LabeledText? Bullet(LabelKind kind, string text)
    {
        var rest = text[1..];
        // "-5 °C" or "--" is not an item; "- Công an tỉnh" and "-Công an tỉnh" are.
        if (rest.Length > 0 && (char.IsDigit(rest[0]) || GrammarText.IsDash(rest[0]) || rest[0] == '+')) return null;
        return new LabeledText(kind == LabelKind.Dash ? Dash : Plus, rest.Trim());
    }

    private static NumberingLabel? Label(string body, string markText, bool alone)
    {
        var mark = markText.Length == 1 && GrammarText.IsDash(markText[0]) ? "-" : markText;
        if (RomanNumeral.Parse(body) is { } roman)
        {
            return mark.Length > 0 || alone ? new(LabelKind.Part, new([roman]), mark) : null;
        }
        if (PointLetter.Parse(body) is { } letter)
        {
            return mark is ")" or "." || (alone && mark.Length == 0) ? new(LabelKind.Point, new([letter]), mark) : null;
        }
        var numbers = new List<int>();
        foreach (var piece in body.Split('.'))
        {
            // In a line, no leading zero: "1.05" or "0." is a figure, not a label; a number cell may read "01".
            if (piece.Length == 0 || (piece[0] == '0' && !alone) || !piece.All(char.IsAsciiDigit)) return null;
            var number = int.Parse(piece, NumberStyles.None, CultureInfo.InvariantCulture);
            if (number == 0) return null;
            numbers.Add(number);
        }
        var allowed = mark switch
        {
            "." => true,
            ")" => numbers.Count == 1,
            "" => numbers.Count > 1 || alone,
            _ => false,
        };
        return allowed ? new(LabelKind.Clause, new(numbers), mark) : null;
    }

    // A body (nested Arabic, Arabic, Roman, letters), an optional mark, then a space, the end, or a letter after a mark.
    [GeneratedRegex(@"^(?<body>\d{1,3}(?:\.\d{1,3})+|\d{1,3}|[IVXLCDM]+|[a-zđ]{1,12})(?<mark>[.)\-–])?(?:(?<=[.)\-–])(?=\p{L})|(?=\s|$))", RegexOptions.CultureInvariant)]
    private static partial Regex LinePattern();

    [GeneratedRegex(@"^(?<body>\d{1,3}(?:\.\d{1,3})*|[IVXLCDM]+|[a-zđ]{1,12})(?<mark>[.)])?$", RegexOptions.CultureInvariant)]
    private static partial Regex AlonePattern();
}
