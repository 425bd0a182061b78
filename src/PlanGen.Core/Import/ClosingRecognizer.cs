using System.Text.RegularExpressions;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>What follows the body: the closing sentence, the recipients and "Lưu:", the signature.</summary>
internal sealed record RecognizedClosing(string? Closing, IReadOnlyList<Recipient> Recipients, IReadOnlyList<string> Archive, Signature? Signature);

/// <summary>
/// "Trên đây là …./.", "Nơi nhận:" with its "- …;" lines, "Lưu: VT, XD1.", and the signing block:
/// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", the name. The recipients and the
/// signature may come in either order (a layout table reads left cell first).
/// </summary>
internal static partial class ClosingRecognizer
{
    [GeneratedRegex(@"^(?<a>TM|KT|TL|TUQ|Q)\.\s*(?<t>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Authority();

    [GeneratedRegex(@"^Nơi nhận\s*:?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RecipientsLabel();

    [GeneratedRegex(@"^[-–•]?\s*Lưu\s*:\s*(?<t>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ArchiveLine();

    [GeneratedRegex(@"^(\p{Lu}\p{Ll}*)(\s+\p{Lu}\p{Ll}*){1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^(?:\*\*)?(?:CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|CHÁNH VĂN PHÒNG|TRƯỞNG PHÒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|HIỆU TRƯỞNG|PHÓ HIỆU TRƯỞNG)(?:\*\*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Office();

    /// <summary>True for the first line of the recipients or of the signature.</summary>
    public static bool StartsClosing(ImportLine line) =>
        line.Table is null && (RecipientsLabel().IsMatch(line.Text) || (Authority().IsMatch(line.Text) && VietnameseCase.IsUpper(line.Text)) || Office().IsMatch(line.Text));

    public static RecognizedClosing Read(Recognition r)
    {
        string? closing = null;
        if (!r.AtEnd && r.Current.Table is null && r.Current.Text.StartsWith("Trên đây là", StringComparison.Ordinal))
        {
            closing = r.Current.Marked.Trim().TrimEnd('/', '.', ' ').Trim();
            r.Index++;
        }
        var recipients = new List<Recipient>();
        var archive = new List<string>();
        var authorities = new List<(SigningAuthority Authority, string Text)>();
        string? office = null, name = null;
        var inRecipients = false;
        var seenAnything = false;
        while (!r.AtEnd && r.Current.Table is null)
        {
            var line = r.Current;
            var text = line.Text.Trim();
            if (RecipientsLabel().Match(text) is { Success: true } label)
            {
                inRecipients = true;
                var rest = text[label.Length..].Trim();
                if (rest.Length > 0) AddRecipient(rest, recipients);
            }
            else if (ArchiveLine().Match(text) is { Success: true } lưu)
            {
                archive.AddRange(lưu.Groups["t"].Value.TrimEnd('.', ';').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                inRecipients = false;
            }
            else if (Authority().Match(text) is { Success: true } a && VietnameseCase.IsUpper(text))
            {
                authorities.Add((Enum.Parse<SigningAuthority>(a.Groups["a"].Value), VietnameseCase.Sentence(a.Groups["t"].Value.Trim())));
                inRecipients = false;
            }
            else if (inRecipients && (text.StartsWith('-') || text.StartsWith('–') || text.StartsWith('•')))
            {
                AddRecipient(text.TrimStart('-', '–', '•', ' '), recipients);
            }
            else if (VietnameseCase.IsUpper(text) && office is null && name is null && (authorities.Count > 0 || Office().IsMatch(text)))
            {
                office = VietnameseCase.Sentence(text);
                inRecipients = false;
            }
            else if (name is null && PersonName().IsMatch(text) && (authorities.Count > 0 || office is not null || recipients.Count > 0 || archive.Count > 0))
            {
                name = text;
                inRecipients = false;
            }
            else if (seenAnything && IsAppendixStart(line))
            {
                break;
            }
            else if (!seenAnything)
            {
                break;
            }
            else
            {
                break;
            }
            seenAnything = true;
            r.Index++;
        }
        return new RecognizedClosing(closing, recipients, archive, Signature(authorities, office, name));
    }

    private static bool IsAppendixStart(ImportLine line) => line.Text.StartsWith("PHỤ LỤC", StringComparison.OrdinalIgnoreCase);

    private static void AddRecipient(string text, List<Recipient> recipients)
    {
        var trimmed = text.Trim().TrimEnd(';', '.', ',').Trim();
        if (trimmed.Length > 0) recipients.Add(new Recipient(trimmed, null));
    }

    private static Signature? Signature(List<(SigningAuthority Authority, string Text)> authorities, string? office, string? name)
    {
        if (authorities.Count == 0 && office is null && name is null) return null;
        string? body = null, head = null;
        foreach (var (authority, text) in authorities)
        {
            if (authority == SigningAuthority.TM) body = text;
            else if (authority == SigningAuthority.Q) office ??= text;
            else head = text;
        }
        return new Signature([.. authorities.Select(a => a.Authority)], body, head, office, name, null);
    }
}
