using System.Text.RegularExpressions;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Recognition;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>What follows the body: the closing sentence, the recipients and "Lưu:", the signature.</summary>
internal sealed record RecognizedClosing(string? Closing, IReadOnlyList<Recipient> Recipients, IReadOnlyList<string> Archive, Signature? Signature);

/// <summary>
/// "Trên đây là …./.", "Nơi nhận:" with its "- …;" lines, "Lưu: VT, XD1.", and the signing block:
/// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", the name, a note line under it. A
/// copied page may run the two columns together on one line; the recipient's semicolon and the
/// archive's full stop end the left column's part. The recipients and the
/// signature may come in either order (a layout table reads left cell first). The recipients'
/// lines, the archive line and the authority lines are read by the grammar.
/// </summary>
internal static partial class ClosingRecognizer
{
    /// <summary>True for the first line of the recipients or of the signature.</summary>
    public static bool StartsClosing(ImportLine line) =>
        line.Table is null && (RecipientLine.IsHeading(line.Text) || (AuthorityLine.Parse(line.Text) is not null && VietnameseCase.IsUpper(line.Text)) || SigningLines.IsOffice(line.Text));

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
        string? office = null, name = null, note = null;
        var inRecipients = false;
        string? lastRecipient = null;
        var lastAuthority = false;
        var authorityText = "";
        while (!r.AtEnd && r.Current.Table is null)
        {
            var text = r.Current.Text.Trim();
            var afterAuthority = lastAuthority;
            lastAuthority = false;
            if (RecipientLine.IsHeading(text))
            {
                inRecipients = true;
                lastRecipient = null;
                // A copied page runs the signature's first line onto the heading's: "Nơi nhận: GIÁM ĐỐC".
                if (RecipientLine.AfterHeading(text) is { } rest && !Sign(rest)) AddRecipient(rest, recipients);
            }
            else if (ArchiveLine.Parse(text) is { Value.Entries.Count: > 0 })
            {
                // "- Lưu: VT. Nguyễn Văn An": the entries end at their full stop; what follows is the signature's column.
                var (entries, beside) = Beside(text, ArchiveEnd());
                archive.AddRange(ArchiveLine.Parse(entries)!.Value.Entries);
                inRecipients = false;
                if (beside is not null) Sign(beside);
            }
            else if (inRecipients && NumberingLabel.Parse(text)?.Label.Kind == LabelKind.Dash)
            {
                // "- UBND tỉnh (b/c); PHÓ CHỦ TỊCH": the recipient ends at its semicolon.
                var (recipient, beside) = Beside(text, RecipientEnd());
                if (beside is not null && Sign(beside)) AddRecipient(recipient, recipients);
                else AddRecipient(text, recipients);
                lastRecipient = beside is null ? text : null;
            }
            else if (inRecipients && lastRecipient is { } open && !EndsRecipient(open) && (EndsRecipient(text) || text.EndsWith(','))
                && !VietnameseCase.IsUpper(text) && !SigningLines.IsPersonName(text))
            {
                // A recipient the page wrapped ("- Báo Lai Châu, …, Công báo tỉnh," / "Cổng thông tin điện tử tỉnh;") is one recipient.
                recipients.RemoveAt(recipients.Count - 1);
                lastRecipient = open + " " + text;
                AddRecipient(lastRecipient, recipients);
            }
            else if (authorities.Count > 0 && afterAuthority && office is null && IsAuthorityTail(text)
                && AuthorityLine.Parse(authorityText + " " + text) is { } whole)
            {
                // "TM. ỦY BAN NHÂN" / "DÂN": an authority a narrow cell wrapped.
                authorityText += " " + text;
                authorities[^1] = whole with { Title = VietnameseCase.Sentence(whole.Title) };
                lastAuthority = true;
            }
            else if (!Sign(text))
            {
                // A short line under the name belongs to the signature (its note), not to the body.
                if (name is null || note is not null || IsAppendixStart(r.Current) || !SigningLines.IsNote(text)) break;
                note = text;
            }
            else
            {
                inRecipients = false;
            }
            r.Index++;
        }
        return new RecognizedClosing(closing, recipients, archive, Signature(authorities, office, name, note));

        // Takes one line of the signing block (authority, office, name); false when the text is none.
        bool Sign(string text)
        {
            if (AuthorityLine.Parse(text) is { } authority && VietnameseCase.IsUpper(text))
            {
                authorities.Add(authority with { Title = VietnameseCase.Sentence(authority.Title) });
                authorityText = text;
                lastAuthority = true;
                return true;
            }
            if (VietnameseCase.IsUpper(text) && office is null && name is null && (authorities.Count > 0 || SigningLines.IsOffice(text)))
            {
                office = VietnameseCase.Sentence(text);
                return true;
            }
            if (name is null && SigningLines.IsPersonName(text) && (authorities.Count > 0 || office is not null || recipients.Count > 0 || archive.Count > 0))
            {
                name = text;
                return true;
            }
            return false;
        }
    }

    // The end of a recipient ("…;") or of the archive entries ("…."), followed by the other column's text.
    [GeneratedRegex(@";\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex RecipientEnd();

    [GeneratedRegex(@"\.\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex ArchiveEnd();

    private static (string Own, string? Beside) Beside(string text, Regex end)
    {
        var match = end.Match(text);
        return match.Success ? (text[..(match.Index + 1)], text[(match.Index + match.Length)..].Trim()) : (text, null);
    }

    private static bool EndsRecipient(string text) => text.EndsWith(';') || text.EndsWith('.');

    // The rest of a wrapped authority line: one or two words in capitals that are no office of their own.
    private static bool IsAuthorityTail(string text) =>
        VietnameseCase.IsUpper(text) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2 && !SigningLines.IsOffice(text) && AuthorityLine.Parse(text) is null;

    private static bool IsAppendixStart(ImportLine line) => line.Text.StartsWith("PHỤ LỤC", StringComparison.OrdinalIgnoreCase);

    private static void AddRecipient(string text, List<Recipient> recipients)
    {
        if (RecipientLine.Parse(text) is { } recipient) recipients.Add(new Recipient(recipient.Value.Text, null));
    }

    // The office line, when there is one, stands after the authority lines in the block the grammar reads.
    private static Signature? Signature(List<AuthorityLine> authorities, string? office, string? name, string? note)
    {
        if (authorities.Count == 0 && office is null && name is null) return null;
        var block = SigningBlock.Parse(office is null ? authorities : [.. authorities, new AuthorityLine(null, office)]);
        return new Signature(block.Authorities, block.Body, block.Head, block.Office, name, note);
    }
}
