using System.Text.RegularExpressions;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>What follows the body: the closing sentence, the recipients and "Lưu:", the signature.</summary>
internal sealed record RecognizedClosing(string? Closing, IReadOnlyList<Recipient> Recipients, IReadOnlyList<string> Archive, Signature? Signature);

/// <summary>
/// "Trên đây là …./.", "Nơi nhận:" with its "- …;" lines, "Lưu: VT, XD1.", and the signing block:
/// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", the name. The recipients and the
/// signature may come in either order (a layout table reads left cell first). The recipients'
/// lines, the archive line and the authority lines are read by the grammar.
/// </summary>
internal static partial class ClosingRecognizer
{
    [GeneratedRegex(@"^(\p{Lu}\p{Ll}*)(\s+\p{Lu}\p{Ll}*){1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^(?:\*\*)?(?:CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|CHÁNH VĂN PHÒNG|TRƯỞNG PHÒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|HIỆU TRƯỞNG|PHÓ HIỆU TRƯỞNG)(?:\*\*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Office();

    /// <summary>True for the first line of the recipients or of the signature.</summary>
    public static bool StartsClosing(ImportLine line) =>
        line.Table is null && (RecipientLine.IsHeading(line.Text) || (AuthorityLine.Parse(line.Text) is not null && VietnameseCase.IsUpper(line.Text)) || Office().IsMatch(line.Text));

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
        var authorities = new List<AuthorityLine>();
        string? office = null, name = null;
        var inRecipients = false;
        var seenAnything = false;
        while (!r.AtEnd && r.Current.Table is null)
        {
            var line = r.Current;
            var text = line.Text.Trim();
            if (RecipientLine.IsHeading(text))
            {
                inRecipients = true;
                if (RecipientLine.AfterHeading(text) is { } rest) AddRecipient(rest, recipients);
            }
            else if (ArchiveLine.Parse(text) is { Value.Entries.Count: > 0 } lưu)
            {
                archive.AddRange(lưu.Value.Entries);
                inRecipients = false;
            }
            else if (AuthorityLine.Parse(text) is { } authority && VietnameseCase.IsUpper(text))
            {
                authorities.Add(authority with { Title = VietnameseCase.Sentence(authority.Title) });
                inRecipients = false;
            }
            else if (inRecipients && NumberingLabel.Parse(text)?.Label.Kind == LabelKind.Dash)
            {
                AddRecipient(text, recipients);
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
        if (RecipientLine.Parse(text) is { } recipient) recipients.Add(new Recipient(recipient.Value.Text, null));
    }

    // The office line, when there is one, stands after the authority lines in the block the grammar reads.
    private static Signature? Signature(List<AuthorityLine> authorities, string? office, string? name)
    {
        if (authorities.Count == 0 && office is null && name is null) return null;
        var block = SigningBlock.Parse(office is null ? authorities : [.. authorities, new AuthorityLine(null, office)]);
        return new Signature(block.Authorities, block.Body, block.Head, block.Office, name, null);
    }
}
