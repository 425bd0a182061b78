using PlanGen.Core.Document;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Recognition;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>What follows the body: the closing sentence, the recipients and "Lưu:", the signature.</summary>
internal sealed record RecognizedClosing(string? Closing, IReadOnlyList<Recipient> Recipients, IReadOnlyList<string> Archive, Signature? Signature);

/// <summary>
/// "Trên đây là …./.", then the closing as the document's outline finds it (the one recognizer
/// check reads too): "Nơi nhận:" with its "- …;" lines, "Lưu: VT, XD1.", and the signing block,
/// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", the name, a note line under it. The
/// import takes the lines the outline read as the closing's and fills the document's recipients,
/// archive and signature from them, in sentence case, by the grammar.
/// </summary>
internal static class ClosingRecognizer
{
    /// <summary>True for the first line of the recipients or of the signature, as the outline starts the closing there.</summary>
    public static bool StartsClosing(ImportLine line) => line.Table is null && ClosingReading.Starts(line.Text);

    public static RecognizedClosing Read(Recognition r)
    {
        string? closing = null;
        if (!r.AtEnd && r.Current.Table is null && r.Current.Text.StartsWith("Trên đây là", StringComparison.Ordinal))
        {
            closing = r.Current.Marked.Trim().TrimEnd('/', '.', ' ').Trim();
            r.Index++;
        }
        // The closing the outline found where the body ends: this document's, or the one's issued with it.
        var outline = r.AtEnd ? null : r.Outline.Documents.FirstOrDefault(d => Holds(d, r.Current));
        if (outline is null) return new RecognizedClosing(closing, [], [], null);
        var taken = new HashSet<Paragraph>(ReferenceEqualityComparer.Instance);
        for (; !r.AtEnd && Holds(outline, r.Current); r.Index++) taken.Add(r.Current.Paragraph!);
        bool Taken(TextSegment? item) => item is not null && taken.Contains(item.Paragraph);

        var recipients = new List<Recipient>();
        var archive = new List<string>();
        foreach (var line in outline.Recipients.Where(Taken).Select(s => Words(s.Text)))
        {
            if (ArchiveLine.Parse(line) is { } archived) archive.AddRange(archived.Value.Entries);
            else if (RecipientLine.Parse(line) is { } recipient) recipients.Add(new Recipient(recipient.Value.Text, null));
        }
        var authorities = new List<AuthorityLine>();
        string? office = null;
        foreach (var line in outline.SigningLines.Where(Taken).Select(s => Words(s.Text)))
        {
            if (AuthorityLine.Parse(line) is { } authority) authorities.Add(authority with { Title = VietnameseCase.Sentence(authority.Title) });
            else office = VietnameseCase.Sentence(line);
        }
        var name = Taken(outline.SignerName) ? Words(outline.SignerName!.Text) : null;
        var note = Taken(outline.SignatureNote) ? Words(outline.SignatureNote!.Text) : null;
        return new RecognizedClosing(closing, recipients, archive, Signature(authorities, office, name, note));
    }

    // True when the line is one the outline read as an item of the closing: a line of its paragraph with that item's words.
    private static bool Holds(DocumentOutline outline, ImportLine line) =>
        line.Table is null && line.Paragraph is { } paragraph
        && outline.ClosingLines.Any(s => ReferenceEquals(s.Paragraph, paragraph) && line.Text.Contains(Words(s.Text), StringComparison.Ordinal));

    // The words of a line as the import reads them: one space between each.
    private static string Words(string text) => string.Join(' ', text.Split([' ', '\t', '\u00A0', '\n'], StringSplitOptions.RemoveEmptyEntries));

    // The office line, when there is one, stands after the authority lines in the block the grammar reads.
    private static Signature? Signature(List<AuthorityLine> authorities, string? office, string? name, string? note)
    {
        if (authorities.Count == 0 && office is null && name is null) return null;
        var block = SigningBlock.Parse(office is null ? authorities : [.. authorities, new AuthorityLine(null, office)]);
        return new Signature(block.Authorities, block.Body, block.Head, block.Office, name, note);
    }
}
