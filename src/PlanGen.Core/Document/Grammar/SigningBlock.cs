using PlanGen.Core.Model;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// The authority lines of the signing block (box 7a), as they follow from who signs: on behalf of
/// a body (<c>TM. ỦY BAN NHÂN DÂN</c>), for the head (<c>KT. CHỦ TỊCH</c>, <c>TL.</c>, <c>TUQ.</c>),
/// as acting head (<c>Q. GIÁM ĐỐC</c>), then the signer's own office (<c>PHÓ CHỦ TỊCH</c>).
/// </summary>
/// <param name="Authorities">The prefixes in order (TM then KT, …); empty when the head signs.</param>
/// <param name="Body">The collective body after "TM.".</param>
/// <param name="Head">The head's office after "KT.", "TL." or "TUQ.".</param>
/// <param name="Office">The signer's own office (after "Q." for an acting head).</param>
public sealed record SigningBlock(EquatableList<SigningAuthority> Authorities, string? Body, string? Head, string? Office)
{
    /// <summary>The lines as box 7a prints them, in capitals.</summary>
    public IReadOnlyList<string> Format() => [.. Lines().Select(line => line.Format())];

    /// <summary>The lines as values.</summary>
    public IReadOnlyList<AuthorityLine> Lines()
    {
        var lines = new List<AuthorityLine>();
        var hasHeadLine = false;
        foreach (var authority in Authorities)
        {
            switch (authority)
            {
                case SigningAuthority.TM:
                    lines.Add(new(authority, Body ?? ""));
                    break;
                case SigningAuthority.Q:
                    // An acting head signs with the office itself: nothing follows.
                    lines.Add(new(authority, Office ?? ""));
                    return lines;
                default:
                    lines.Add(new(authority, Head ?? ""));
                    hasHeadLine = true;
                    break;
            }
        }
        if (Office is not null && (hasHeadLine || Authorities.Count == 0 || Authorities[^1] == SigningAuthority.TM))
        {
            lines.Add(new(null, Office));
        }
        return lines;
    }

    /// <summary>The block the lines say: the inverse of <see cref="Lines"/>. A line without a prefix is the office.</summary>
    public static SigningBlock Parse(IEnumerable<AuthorityLine> lines)
    {
        var authorities = new List<SigningAuthority>();
        string? body = null, head = null, office = null;
        foreach (var line in lines)
        {
            switch (line.Authority)
            {
                case null:
                    office ??= line.Title;
                    break;
                case SigningAuthority.TM:
                    authorities.Add(SigningAuthority.TM);
                    body = line.Title;
                    break;
                case SigningAuthority.Q:
                    authorities.Add(SigningAuthority.Q);
                    office ??= line.Title;
                    break;
                default:
                    authorities.Add(line.Authority.Value);
                    head = line.Title;
                    break;
            }
        }
        return new SigningBlock(new(authorities), body, head, office);
    }
}
