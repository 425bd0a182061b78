using System.Text.RegularExpressions;

namespace PlanGen.Core.Recognition;

/// <summary>
/// The lines of a signing block that are no authority line: the signer's office alone
/// ("GIÁM ĐỐC", "CHỦ TỊCH"), the signer's name, the short note a clerk prints under the name.
/// </summary>
public static partial class SigningLines
{
    [GeneratedRegex(@"^(\p{Lu}\p{Ll}*)(\s+\p{Lu}\p{Ll}*){1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^(?:\*\*)?(?:CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|CHÁNH VĂN PHÒNG|TRƯỞNG PHÒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|HIỆU TRƯỞNG|PHÓ HIỆU TRƯỞNG)(?:\*\*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Office();

    /// <summary>True for a signer's office printed alone above the name: it is no recipient, though it may stand in their column.</summary>
    public static bool IsOffice(string text) => Office().IsMatch(text.Trim());

    /// <summary>True for a person's name as it is signed: two to six words, each capitalised.</summary>
    public static bool IsPersonName(string text) => PersonName().IsMatch(text.Trim());

    /// <summary>
    /// A note under the name is a short line, no sentence of the body: "Chủ tịch UBND xã". A line
    /// in capitals is none: it heads what is printed after the signature ("QUY ĐỊNH", the issuing
    /// body of a plan that follows), and a line in brackets is the clerk's mark ("(Đã ký)").
    /// </summary>
    public static bool IsNote(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 && !text.TrimEnd().EndsWith('.') && !text.TrimEnd().EndsWith(':')
        && !text.TrimStart().StartsWith('(') && !InCapitals(text);

    private static bool InCapitals(string text) => text.Count(char.IsLetter) >= 2 && text.Where(char.IsLetter).All(char.IsUpper);
}
