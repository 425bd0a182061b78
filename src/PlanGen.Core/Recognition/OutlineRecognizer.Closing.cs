using PlanGen.Core.Document;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Recognition;

internal static partial class OutlineRecognizer
{
    // Reads "Nơi nhận:" with its recipients and "Lưu:" line, and the signing block beside or under
    // them: authority and office lines in capitals, the signer's name, the note under the name.
    // The index of the paragraph the closing starts at (the table that holds it), or the count of paragraphs.
    private static int ReadClosing(DocumentOutline outline, List<Placed> segments)
    {
        var heading = segments.FirstOrDefault(s => RecipientLine.IsHeading(s.Segment.Text));
        if (heading.Segment is null) return outline.Paragraphs.Count;

        outline.RecipientsHeading = heading.Segment;
        var recipients = new List<TextSegment>();
        var signing = new List<TextSegment>();
        var inTable = outline.Paragraphs[heading.Index].Table;
        foreach (var (segment, index) in segments.Where(s => s.Index > heading.Index))
        {
            if (IsAppendixStart(segment) || outline.Paragraphs[index].Table != inTable) break;
            if (NumberingLabel.Parse(segment.Text)?.Label.Kind == LabelKind.Dash || ArchiveLine.Parse(segment.Text) is not null)
            {
                recipients.Add(segment);
            }
            else
            {
                signing.Add(segment);
            }
        }

        outline.Recipients = recipients;
        outline.SigningLines = signing.Where(s => s.UpperCase).ToList();
        // The name stands under the upper-case lines; a line under the name is the signature's note
        // ("Chủ tịch UBND xã"), and "(Đã ký)" above it is no name.
        var lower = signing.Where(s => !s.UpperCase).ToList();
        var name = lower.FirstOrDefault(s => !s.Text.TrimStart().StartsWith('(')) ?? lower.LastOrDefault();
        outline.SignerName = name;
        if (name is not null)
        {
            outline.SignatureNote = lower.SkipWhile(s => s != name).Skip(1).FirstOrDefault(s => SigningLines.IsNote(s.Text) && !s.Text.TrimStart().StartsWith('('));
        }
        var table = outline.Paragraphs[heading.Index].Table;
        return table is null ? heading.Index : outline.Paragraphs.Select((p, i) => (p, i)).First(x => x.p.Table == table).i;
    }

    private static bool IsAppendixStart(TextSegment segment) =>
        HeaderLines.Fold(segment.Text).StartsWith("PHỤ LỤC", StringComparison.Ordinal) && segment.Text.Length < 120;

    // Reads the appendix after paragraph <paramref name="after"/> (-1: none is looked for): "PHỤ LỤC",
    // its "(Kèm theo …)" reference and the bordered tables under it. The caption's index, or the count of paragraphs.
    private static int ReadAppendix(DocumentOutline outline, List<Placed> segments, List<(TableBlock Table, int Section)> tables, int after)
    {
        if (after < 0) return outline.Paragraphs.Count;
        var caption = segments.FirstOrDefault(s => s.Index > after && !InTable(outline, s.Index) && IsAppendixStart(s.Segment));
        if (caption.Segment is null) return outline.Paragraphs.Count;
        outline.AppendixCaption = caption.Segment;
        outline.AppendixReference = segments.Where(s => s.Index > caption.Index).Take(6)
            .FirstOrDefault(s => AppendixReference.StartsReference(s.Segment.Text)).Segment;
        var captionSection = outline.Paragraphs[caption.Index].Section;
        var last = segments.Count == 0 ? int.MaxValue : NumberOf(segments[^1].Segment.Paragraph);
        outline.AppendixTables = tables.Where(t => t.Section >= captionSection && t.Table.Bordered
            && NumberOf(t.Table) > NumberOf(caption.Segment.Paragraph) && NumberOf(t.Table) <= last).ToList();
        return caption.Index;
    }

    private static int NumberOf(Block block) => block.Place?.Paragraph ?? 0;
}
