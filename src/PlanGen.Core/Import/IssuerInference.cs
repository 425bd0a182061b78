using System.Text.RegularExpressions;
using PlanGen.Core.Model;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Import;

/// <summary>
/// The issuer from what the document states, filling what its header lost from the introduction
/// ("UBND tỉnh ban hành …"), the appendix caption or the signature; every value not read from
/// the header itself is a guess, warned and commented.
/// </summary>
internal static partial class IssuerInference
{
    [GeneratedRegex(@"^(?<who>.+?)\s+(ban hành|xây dựng|triển khai)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IntroSubject();

    [GeneratedRegex(@"\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+(?<place>\p{Lu}\p{Ll}*(\s+\p{Lu}\p{Ll}*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfter();

    public static Issuer Infer(Recognition r, RecognizedHeader header, string? introduction, Signature? signature)
    {
        var shortName = header.ShortName;
        var name = header.IssuerName;
        if (introduction is not null && IntroSubject().Match(Document.Reading.MarkedText.Plain(introduction)) is { Success: true } who && who.Groups["who"].Value.Length < 80)
        {
            shortName ??= who.Groups["who"].Value.Trim();
        }
        MessageWord? nameGuess = null;
        if (name is null)
        {
            name = Expand(shortName) ?? (signature?.Body is { } body ? body : null);
            nameGuess = name is null ? MessageWord.Why.NoIssuer : MessageWord.Why.NoHeader;
            name ??= "TODO";
        }
        var place = header.Place ?? PlaceIn(name);
        var placeGuessed = place is null;
        if (place is null)
        {
            place = MostNamedPlace(r) ?? "TODO";
        }
        if (header.IssuerName is null && place != "TODO" && PlaceWordAtEnd().IsMatch(name))
        {
            // "Ủy ban nhân dân tỉnh" + the place: the full name a header would print.
            name += " " + place;
        }
        // Each guess is warned with the value written, the name with its place.
        if (nameGuess is { } why)
        {
            r.Guessed("issuer.name", name, why);
        }
        if (placeGuessed)
        {
            r.Guessed("issuer.place", place, MessageWord.Why.NoDateLine);
        }
        var code = header.Code;
        if (code is null)
        {
            // With no name either there is nothing to take the code from: both are to be written.
            code = name == "TODO" ? "TODO" : CodeOf(name);
            r.Guessed("issuer.code", code, name == "TODO" ? MessageWord.Why.NoIssuerNorCode : MessageWord.Why.NoNumberLine);
        }
        return new Issuer(header.GoverningBody, name, code, place, LevelOf(name, header.GoverningBody), null, shortName == name ? null : shortName);
    }

    [GeneratedRegex(@"\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceWordAtEnd();

    private static string? Expand(string? shortName) =>
        shortName is null ? null : Regex.Replace(shortName, @"^UBND\b", "Ủy ban nhân dân", RegexOptions.CultureInvariant);

    private static string? PlaceIn(string name) => PlaceAfter().Match(name) is { Success: true } m ? m.Groups["place"].Value : null;

    // The province or district the text names most often is most likely the issuer's own.
    private static string? MostNamedPlace(Recognition r)
    {
        var counts = r.Lines.Where(l => l.Table is null)
            .SelectMany(l => PlaceAfter().Matches(l.Text).Select(m => m.Groups["place"].Value))
            .GroupBy(p => p, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return counts?.Key;
    }

    /// <summary>
    /// The code Vietnamese numbers use for a body: UBND for a People's Committee, else its initials,
    /// an abbreviation kept whole (Trường THCS Mông Ân: TTHCSMA), in the letters a code is written in
    /// (A–Z and Đ: the marks go, as in KH-UBND, never "Â").
    /// </summary>
    public static string CodeOf(string name)
    {
        if (name.StartsWith("Ủy ban nhân dân", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Uỷ ban nhân dân", StringComparison.OrdinalIgnoreCase)) return "UBND";
        var initials = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd(':', ',', ';'))
            .TakeWhile(w => !PlaceWordsStart(w.ToLowerInvariant()))
            .Where(w => w.Length > 0 && !w.Equals("và", StringComparison.OrdinalIgnoreCase) && char.IsLetter(w[0]))
            .Select(w => Text.VietnameseCasing.IsAbbreviation(w) && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]).ToString()));
        var code = new string([.. Text.UnicodeNormalization.ToNfd(initials).Where(c => c is >= 'A' and <= 'Z' or 'Đ' || char.IsDigit(c))]);
        return code.Length == 0 ? "TODO" : code;
    }

    private static bool PlaceWordsStart(string word) => word is "tỉnh" or "huyện" or "xã" or "quận" or "phường";

    /// <summary>
    /// The level of a body whose name does not say it, from the body printed above it: a body of
    /// the province's people's committee is a department, an office of a district's is the
    /// district's (Phòng GD&amp;ĐT under UBND huyện), a school stands where the starter puts it, with the communes.
    /// </summary>
    public static UnitLevel LevelOf(string name, string? governingBody)
    {
        if (name.StartsWith("trường", StringComparison.OrdinalIgnoreCase)) return UnitLevel.Commune;
        var own = LevelOf(name);
        if (own != UnitLevel.Province || governingBody is null || PlaceAfter().IsMatch(name)) return own;
        return LevelOf(Expand(governingBody) ?? governingBody) switch
        {
            UnitLevel.Province => UnitLevel.Department,
            UnitLevel.Department => UnitLevel.District,
            var level => level,
        };
    }

    /// <summary>The administrative level a body's name implies.</summary>
    public static UnitLevel LevelOf(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.StartsWith("sở ", StringComparison.Ordinal) || lower.StartsWith("ban ", StringComparison.Ordinal) && lower.Contains("tỉnh", StringComparison.Ordinal)) return UnitLevel.Department;
        // Bodies of the centre name it: "… Quốc gia", "Bộ …", "(Văn phòng) Chính phủ", "… Trung ương", "… Quốc hội".
        if (lower.Contains("quốc gia", StringComparison.Ordinal) || lower.StartsWith("bộ ", StringComparison.Ordinal) || lower.Contains("chính phủ", StringComparison.Ordinal)
            || lower.Contains("trung ương", StringComparison.Ordinal) || lower.Contains("quốc hội", StringComparison.Ordinal)) return UnitLevel.National;
        if (lower.Contains(" xã ", StringComparison.Ordinal) && !lower.Contains("thị xã", StringComparison.Ordinal) || lower.Contains("phường", StringComparison.Ordinal) || lower.Contains("thị trấn", StringComparison.Ordinal)) return UnitLevel.Commune;
        if (lower.Contains("huyện", StringComparison.Ordinal) || lower.Contains("quận", StringComparison.Ordinal) || lower.Contains("thị xã", StringComparison.Ordinal)) return UnitLevel.District;
        return UnitLevel.Province;
    }
}
