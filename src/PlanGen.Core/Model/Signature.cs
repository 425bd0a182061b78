namespace PlanGen.Core.Model;

/// <summary>
/// The signing block (box 7): e.g. TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name.
/// </summary>
/// <param name="Authorities">Prefixes in order (TM then KT, …); empty when the head signs.</param>
/// <param name="Body">The collective body after "TM.".</param>
/// <param name="Head">The head's office after "KT.", "TL." or "TUQ.".</param>
/// <param name="Office">The signer's own office.</param>
/// <param name="Name">The signer's name; null while a draft awaits it.</param>
/// <param name="Note">An optional line under the name.</param>
public sealed record Signature(
    IReadOnlyList<SigningAuthority> Authorities,
    string? Body,
    string? Head,
    string? Office,
    string? Name,
    string? Note) : ModelNode
{
    /// <summary>The upper-case authority lines, as box 7a prints them.</summary>
    public IReadOnlyList<string> AuthorityLines()
    {
        var lines = new List<string>();
        var hasHeadLine = false;
        foreach (var authority in Authorities)
        {
            switch (authority)
            {
                case SigningAuthority.TM:
                    lines.Add("TM. " + Upper(Body));
                    break;
                case SigningAuthority.Q:
                    lines.Add("Q. " + Upper(Office));
                    return lines;
                default:
                    lines.Add(authority + ". " + Upper(Head));
                    hasHeadLine = true;
                    break;
            }
        }
        if (Office is not null && (hasHeadLine || Authorities.Count == 0 || Authorities[^1] == SigningAuthority.TM))
        {
            lines.Add(Upper(Office));
        }
        return lines;
    }

    private static string Upper(string? text) => Text.VietnameseCasing.Upper(text ?? "");
}
