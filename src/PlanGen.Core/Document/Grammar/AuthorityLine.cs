using System.Text.RegularExpressions;
using PlanGen.Core.Model;
using PlanGen.Core.Text;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// A line of the signing authority (box 7a): <c>TM. ỦY BAN NHÂN DÂN</c>, <c>KT. CHỦ TỊCH</c>,
/// <c>TL. GIÁM ĐỐC</c>, <c>TUQ. CHỦ TỊCH</c>, <c>Q. GIÁM ĐỐC</c>, or the signer's office alone,
/// <c>PHÓ CHỦ TỊCH</c>. Printed in capitals.
/// </summary>
/// <param name="Authority">The prefix; null on the office line.</param>
/// <param name="Title">The body or office after it, as written.</param>
public sealed partial record AuthorityLine(SigningAuthority? Authority, string Title)
{
    /// <summary>The line as printed, in capitals: <c>KT. CHỦ TỊCH</c>.</summary>
    public string Format()
    {
        var title = VietnameseCasing.Upper(Title);
        return Authority switch
        {
            null => title,
            SigningAuthority.TM => "TM. " + title,
            SigningAuthority.KT => "KT. " + title,
            SigningAuthority.TL => "TL. " + title,
            SigningAuthority.TUQ => "TUQ. " + title,
            _ => "Q. " + title,
        };
    }

    /// <summary>
    /// A line that starts with a prefix (<c>KT. CHỦ TỊCH</c>, also <c>KT.CHỦ TỊCH</c>); null for any
    /// other line, the office line included, which only its place in the block tells apart.
    /// </summary>
    public static AuthorityLine? Parse(string line)
    {
        var match = Pattern().Match(line.Trim());
        if (!match.Success) return null;
        SigningAuthority authority = match.Groups["prefix"].Value switch
        {
            "TM" => SigningAuthority.TM,
            "KT" => SigningAuthority.KT,
            "TL" => SigningAuthority.TL,
            "TUQ" => SigningAuthority.TUQ,
            _ => SigningAuthority.Q,
        };
        return new AuthorityLine(authority, GrammarText.Collapse(match.Groups["title"].Value));
    }

    [GeneratedRegex(@"^(?<prefix>TM|KT|TL|TUQ|Q)\s*\.\s*(?<title>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
