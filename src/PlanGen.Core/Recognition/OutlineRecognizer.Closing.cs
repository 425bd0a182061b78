using PlanGen.Core.Document;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Recognition;

internal static partial class OutlineRecognizer
{
    // Reads the closing from the body's start on: "Nơi nhận:" with its recipients and "Lưu:" line,
    // and the signing block beside or under them (authority and office lines in capitals, the
    // signer's name, the note under the name), whichever comes first. A layout table holds the
    // closing whole; on plain lines, and under the table, it ends at the first line that is none of its own.
    // The index of the paragraph the closing starts at (the table that holds it), or the count of paragraphs.
    private static int ReadClosing(DocumentOutline outline, List<Placed> segments, int from)
    {
        var first = segments.FindIndex(s => s.Index >= from && ClosingReading.Starts(s.Segment));
        if (first < 0) return outline.Paragraphs.Count;
        var (_, start) = segments[first];
        var closing = new ClosingReading(outline.Paragraphs[start].Table);
        foreach (var (segment, index) in segments.Skip(first))
        {
            // A bordered table after the closing is a table of the text (the appendix's tasks), not the closing's layout.
            var table = outline.Paragraphs[index].Table;
            if (IsAppendixStart(segment) || (table is { Bordered: true } && table != closing.Table)) break;
            // A line break inside a paragraph parts two lines of the closing as a new paragraph would.
            if (!segment.Text.Split('\n').Select(t => t.Trim()).Where(t => t.Length > 0).All(t => closing.Take(t == segment.Text ? segment : segment with { Text = t }, table is not null))) break;
        }
        if (closing.Heading is null && closing.Signing.Count == 0) return outline.Paragraphs.Count;
        outline.RecipientsHeading = closing.Heading;
        outline.Recipients = closing.Recipients;
        outline.SigningLines = closing.Signing;
        outline.SignerName = closing.SignerName;
        outline.SignatureNote = closing.Note;
        outline.ClosingLines = closing.Lines;
        return closing.Table is not { } layout ? start : outline.Paragraphs.Select((p, i) => (p, i)).First(x => x.p.Table == layout).i;
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
