using System.Text.RegularExpressions;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Recognition;

/// <summary>
/// Reads the closing line by line as a clerk reads it: "Nơi nhận:" and its "- …;" lines, "- Lưu:
/// VT, ….", and the signing block (authority lines in capitals, the office alone, the signer's
/// name, a short note under it). A page wraps a recipient or an authority over two lines, and a
/// copied page runs the two columns together ("Nơi nhận: GIÁM ĐỐC", "- UBND tỉnh (b/c); PHÓ CHỦ
/// TỊCH", "- Lưu: VT. Nguyễn Văn An"): such lines are read as the items they hold. The recipients
/// and the signature may come in either order (a layout table reads its left cell first), and the
/// name may stand under the table that holds the rest (a PDF's columns end above it).
/// </summary>
internal sealed partial class ClosingReading(TableBlock? table)
{
    public TableBlock? Table { get; } = table;
    public TextSegment? Heading { get; private set; }

    /// <summary>The recipients' lines, the archive line among them, each on one line again where a page wrapped it.</summary>
    public List<TextSegment> Recipients { get; } = [];

    /// <summary>The authority lines, then the office line, each on one line again where a narrow cell wrapped it.</summary>
    public List<TextSegment> Signing { get; } = [];

    public TextSegment? Name { get; private set; }
    public TextSegment? Note { get; private set; }

    /// <summary>Every line read as part of an item, in reading order: an item's wrapped lines each.</summary>
    public List<TextSegment> Lines { get; } = [];

    // A line in a layout table that is no item ("(Đã ký)", a blank signature's dots): the name may stand under it.
    private readonly List<TextSegment> _others = [];
    private bool _inRecipients;
    private int _authorities;
    private TextSegment? _office;
    private TextSegment? _openRecipient;
    private bool _lastAuthority;

    /// <summary>True for the first line of the recipients or of the signature.</summary>
    public static bool Starts(TextSegment segment) =>
        RecipientLine.IsHeading(segment.Text) || (AuthorityLine.Parse(segment.Text) is not null && Upper(segment, segment.Text)) || SigningLines.IsOffice(segment.Text);

    /// <summary>True for the first line of the recipients or of the signature, by its text alone (typed in capitals).</summary>
    public static bool Starts(string text) =>
        RecipientLine.IsHeading(text) || (AuthorityLine.Parse(text) is not null && InCapitals(text)) || SigningLines.IsOffice(text);

    /// <summary>
    /// Takes the next line; false when it is none of the closing's and the closing ends before it.
    /// A line of a layout table (<paramref name="inLayout"/>) that is none is passed over: the cell
    /// holds the closing whole, "(Đã ký)" and the name under it alike.
    /// </summary>
    public bool Take(TextSegment segment, bool inLayout)
    {
        var text = segment.Text;
        // A line with no letter or digit ("|" of a copied table's edge) holds nothing of the closing's.
        if (!text.Any(char.IsLetterOrDigit)) return true;
        // A type title ("KẾ HOẠCH", "QUY ĐỊNH") heads the document printed after the signature: the closing ends above it.
        if (HeaderLines.TypeLine(text) is not null) return false;
        var afterAuthority = _lastAuthority;
        _lastAuthority = false;
        if (RecipientLine.IsHeading(text) && Heading is null)
        {
            Heading = segment;
            Lines.Add(segment);
            _inRecipients = true;
            _openRecipient = null;
            // A copied page runs the first recipient or the signature's first line onto the heading's: "Nơi nhận: GIÁM ĐỐC".
            if (RecipientLine.AfterHeading(text) is { } rest && !Sign(Part(segment, rest))) AddRecipient(Part(segment, rest));
        }
        else if (ArchiveLine.Parse(text) is { Value.Entries.Count: > 0 })
        {
            // "- Lưu: VT. Nguyễn Văn An": the entries end at their full stop; what follows is the signature's column.
            var (entries, beside) = Beside(text, ArchiveEnd());
            Lines.Add(segment);
            Recipients.Add(Part(segment, entries));
            _inRecipients = false;
            _openRecipient = null;
            if (beside is not null) Sign(Part(segment, beside));
        }
        else if (_inRecipients && NumberingLabel.Parse(text)?.Label.Kind == LabelKind.Dash)
        {
            // "- UBND tỉnh (b/c); PHÓ CHỦ TỊCH": the recipient ends at its semicolon.
            var (recipient, beside) = Beside(text, RecipientEnd());
            Lines.Add(segment);
            if (beside is not null && Sign(Part(segment, beside))) AddRecipient(Part(segment, recipient));
            else AddRecipient(segment);
            _openRecipient = beside is null ? Recipients[^1] : null;
        }
        else if (_inRecipients && _openRecipient is { } open && !EndsRecipient(open.Text) && (EndsRecipient(text) || text.EndsWith(','))
            && !Upper(segment, text) && !SigningLines.IsPersonName(text))
        {
            // A recipient the page wrapped ("- Báo Lai Châu, …, Công báo tỉnh," / "Cổng thông tin điện tử tỉnh;") is one recipient.
            Lines.Add(segment);
            _openRecipient = open with { Text = open.Text + " " + text };
            Recipients[^1] = _openRecipient;
        }
        else if (_authorities > 0 && afterAuthority && _office is null && IsAuthorityTail(segment)
            && AuthorityLine.Parse(Signing[^1].Text + " " + text) is not null)
        {
            // "TM. ỦY BAN NHÂN" / "DÂN": an authority a narrow cell wrapped.
            Lines.Add(segment);
            Signing[^1] = Signing[^1] with { Text = Signing[^1].Text + " " + text };
            _lastAuthority = true;
        }
        else if (_inRecipients && text.EndsWith(';') && !Upper(segment, text) && !SigningLines.IsPersonName(text))
        {
            // A recipient whose dash was lost ("Ủy ban ATGTQG (b/c);" where Word's list bullet did not survive the copy).
            Lines.Add(segment);
            AddRecipient(segment);
        }
        else if (Sign(segment))
        {
            Lines.Add(segment);
            _inRecipients = false;
        }
        // A short line under the name belongs to the signature (its note), not to the body.
        else if (Name is not null && Note is null && SigningLines.IsNote(text))
        {
            Lines.Add(segment);
            Note = segment;
        }
        else if (inLayout)
        {
            _others.Add(segment);
        }
        else
        {
            return false;
        }
        return true;
    }

    /// <summary>The signer's name: the person's name read, or in a layout table the first line under the signing lines in no capitals and no brackets.</summary>
    public TextSegment? SignerName => Name ?? (Signing.Count == 0 ? null : _others.FirstOrDefault(s => !Upper(s, s.Text) && !s.Text.StartsWith('(')));

    // Takes one line of the signing block (authority, office, name); false when the text is none.
    private bool Sign(TextSegment segment)
    {
        var text = segment.Text;
        if (AuthorityLine.Parse(text) is not null && Upper(segment, text))
        {
            Signing.Add(segment);
            _authorities++;
            _lastAuthority = true;
            return true;
        }
        if (Upper(segment, text) && _office is null && Name is null && (_authorities > 0 || SigningLines.IsOffice(text)))
        {
            _office = segment;
            Signing.Add(segment);
            return true;
        }
        if (Name is null && SigningLines.IsPersonName(text) && (_authorities > 0 || _office is not null || Recipients.Count > 0))
        {
            Name = segment;
            return true;
        }
        return false;
    }

    private void AddRecipient(TextSegment segment)
    {
        if (RecipientLine.Parse(segment.Text) is not null) Recipients.Add(segment);
    }

    // A piece of a line that holds two items: the same paragraph and runs, its own text.
    private static TextSegment Part(TextSegment segment, string text) => text == segment.Text ? segment : segment with { Text = text.Trim() };

    // Capitals typed or shown so (at least two letters).
    private static bool Upper(TextSegment segment, string text) =>
        InCapitals(text) || (text.Count(char.IsLetter) >= 2 && text == segment.Text && segment.Runs.Count > 0 && segment.Runs.All(r => r.AllCaps));

    private static bool InCapitals(string text) => text.Count(char.IsLetter) >= 2 && text.Where(char.IsLetter).All(char.IsUpper);

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
    private static bool IsAuthorityTail(TextSegment segment) =>
        Upper(segment, segment.Text) && segment.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2 && !SigningLines.IsOffice(segment.Text) && AuthorityLine.Parse(segment.Text) is null;
}
