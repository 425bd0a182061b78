using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// Số, ký hiệu — header box 3: <c>Số: 68/KH-UBND</c>, a draft's <c>Số:      /KH-UBND</c>, a number
/// with its year <c>Số: 30/2018/QĐ-UBND</c>, a công văn's <c>Số: 123/UBND-VP</c> (no type code).
/// </summary>
/// <param name="Number">The registry number; null in a draft, where the number is written in on issue.</param>
/// <param name="Year">The year written between number and symbol (legal documents); usually null.</param>
/// <param name="TypeCode">The kind's abbreviation (KH, QĐ, CTr); null for a công văn.</param>
/// <param name="IssuerCode">The issuer's abbreviation, with any further parts (UBND, UBATGTQG, BCA-BGDĐT, UBND-VP).</param>
public sealed partial record NumberLine(int? Number, int? Year, string? TypeCode, string IssuerCode)
{
    /// <summary>The blank a draft leaves for the number.</summary>
    public const string DraftBlank = "     ";

    /// <summary>The symbol after the number: <c>KH-UBND</c>, <c>UBND-VP</c>.</summary>
    public string Symbol => TypeCode is null ? IssuerCode : TypeCode + "-" + IssuerCode;

    /// <summary>
    /// Số và ký hiệu as cited: <c>68/KH-UBND</c>, <c>05/KH-UBND</c> (numbers under 10 take a
    /// leading zero), <c>30/2018/QĐ-UBND</c>; a draft <c>     /KH-UBND</c>.
    /// </summary>
    public string Reference
    {
        get
        {
            var text = new StringBuilder();
            text.Append(Number is { } n ? n.ToString("D2", CultureInfo.InvariantCulture) : DraftBlank).Append('/');
            if (Year is { } year) text.Append(year.ToString(CultureInfo.InvariantCulture)).Append('/');
            return text.Append(Symbol).ToString();
        }
    }

    /// <summary>The line of box 3: <c>Số: 68/KH-UBND</c>, or <c>Số:      /KH-UBND</c> in a draft.</summary>
    public string Format() => "Số: " + Reference;

    /// <summary>
    /// A number line as documents write it: the decree's form, and also without the colon, with
    /// extra spaces, with an en dash, or "Sô"; null when the line is no number line.
    /// </summary>
    public static Parsed<NumberLine, NumberLineDeviations>? Parse(string line)
    {
        var match = LinePattern().Match(line.Trim());
        if (!match.Success) return PartyForm(line);
        var read = ReadReference(match);
        var deviations = read.Deviations;
        if (match.Groups["word"].Value != "Số") deviations |= NumberLineDeviations.Word;
        if (match.Groups["colon"].Length == 0 || match.Groups["before"].Length > 0) deviations |= NumberLineDeviations.Colon;
        else if (read.Value.Number is not null && match.Groups["space"].Value != " ") deviations |= NumberLineDeviations.Prefix;
        return new(read.Value, deviations);
    }

    /// <summary>Số và ký hiệu alone, as a citation or caption writes it: <c>68/KH-UBND</c>, a draft's <c>     /KH-UBND</c>.</summary>
    public static NumberLine? ParseReference(string text)
    {
        var match = ReferencePattern().Match(text.Trim());
        return match.Success && ReadReference(match) is { Deviations: NumberLineDeviations.None or NumberLineDeviations.Zero } read ? read.Value : null;
    }

    private static Parsed<NumberLine, NumberLineDeviations> ReadReference(Match match)
    {
        var deviations = NumberLineDeviations.None;
        int? number = null;
        if (match.Groups["number"].Success)
        {
            var digits = match.Groups["number"].Value;
            number = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            if (digits.Length == 1) deviations |= NumberLineDeviations.Zero;
            if (match.Groups["gap"].Length > 0) deviations |= NumberLineDeviations.Spaces;
        }
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;
        var symbol = match.Groups["symbol"].Value;
        if (symbol.Any(char.IsWhiteSpace) || match.Groups["after"].Length > 0) deviations |= NumberLineDeviations.Spaces;
        if (symbol.Any(c => c != '-' && GrammarText.IsDash(c))) deviations |= NumberLineDeviations.Dash;
        if (match.Groups["rest"].Value.Trim() is { Length: > 0 } rest && rest is not ("." or ";")) deviations |= NumberLineDeviations.Form;
        var parts = symbol.Split(['-', '–', '—', '−', '\u2011'], StringSplitOptions.TrimEntries);
        // The first part is the kind's abbreviation when the decree has it and more parts follow; a công văn has none.
        var typed = parts.Length > 1 && DocumentKinds.ByCode(parts[0]) is not null;
        var value = new NumberLine(number, year, typed ? parts[0] : null, string.Join('-', typed ? parts.Skip(1) : parts));
        return new(value, deviations);
    }

    /// <summary>
    /// The number line of the Party's and its organisations' documents (the Đoàn's, a Party
    /// committee's), which follow the Party's rules rather than the decree: the number, a hyphen, the
    /// type code, then the body: <c>Số 93-KH/TU</c>, <c>Số: 225 - KH/TWĐTN-CTTN</c>. Read as the same
    /// number, type and body, marked <see cref="NumberLineDeviations.Form"/> (not the decree's form).
    /// </summary>
    private static Parsed<NumberLine, NumberLineDeviations>? PartyForm(string line)
    {
        var match = PartyPattern().Match(line.Trim());
        if (!match.Success || DocumentKinds.ByCode(match.Groups["type"].Value) is null) return null;
        var number = int.Parse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var issuer = string.Join('-', match.Groups["body"].Value.Split(['-', '–'], StringSplitOptions.TrimEntries));
        return new(new NumberLine(number, null, match.Groups["type"].Value, issuer), NumberLineDeviations.Form);
    }

    [GeneratedRegex(@"^(?:S[ốô]|SỐ)\s*:?\s*(?<number>\d{1,6})\s*(?:[-–]\s*)?(?<type>\p{Lu}{1,4})\s*/\s*(?<body>[\p{L}\d]+(?:\s*[-–]\s*[\p{L}\d]+)*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PartyPattern();

    // The number (blank in a draft, or dots: "…/KH-LQĐ"), "/", a year and "/" in legal documents, then the symbol:
    // letters and digits joined by hyphens, a part possibly two abbreviations joined by "&" (PGD&ĐT,
    // SGD&ĐT: an education office's); whatever follows is kept apart to be reported.
    private const string ReferenceForm =
        @"(?:(?<number>\d{1,6})(?<gap>\s*)|[.…]+\s*)?/(?<after>\s*)(?:(?<year>\d{4})\s*/\s*)?(?<symbol>[\p{L}\d]+(?:&[\p{L}\d]+)*(?:\s*[-–—−\u2011]\s*[\p{L}\d]+(?:&[\p{L}\d]+)*)*)(?<rest>.*?)";

    [GeneratedRegex(@"^(?<word>S[ốôo]|SỐ)(?<before>\s*)(?<colon>:?)(?<space>\s*)" + ReferenceForm + @"\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LinePattern();

    [GeneratedRegex(@"^\s*" + ReferenceForm + "$", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();
}
