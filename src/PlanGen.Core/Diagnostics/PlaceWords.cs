using System.Text.RegularExpressions;

namespace PlanGen.Core.Diagnostics;

/// <summary>
/// A named place of a document (<see cref="SourceSpan.Place"/>) in Vietnamese, in Word's words, so
/// a clerk reading the Vietnamese messages finds "đoạn 12" and "đầu trang" where the English says
/// "paragraph 12" and "header". JSON keeps the English place: it is read by programs.
/// </summary>
internal static partial class PlaceWords
{
    public static string Vietnamese(string place)
    {
        if (place == "header") return "đầu trang";
        if (place == "header of page 2+") return "đầu trang từ trang 2";
        if (Numbered().Match(place) is not { Success: true } numbered) return place;
        var number = numbered.Groups["number"].Value;
        return numbered.Groups["what"].Value switch
        {
            "paragraph" => "đoạn " + number,
            "page" => "trang " + number,
            "section" => "phần (section) " + number,
            _ => "đầu trang của trang " + number,
        };
    }

    [GeneratedRegex(@"^(?<what>paragraph|page|section|header of page) (?<number>\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
