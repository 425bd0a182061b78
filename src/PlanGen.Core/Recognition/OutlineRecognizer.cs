using PlanGen.Core.Document;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Recognition;

/// <summary>
/// Reads a document's outline: its paragraphs in reading order cut into segments (tabs, header
/// boxes side by side), then the header, the issued document printed after it, the closing, the
/// body between them and the appendix. Each piece of the outline is read in a file of its own.
/// </summary>
internal static partial class OutlineRecognizer
{
    // The header stands in the first paragraphs; its boxes are read apart only there.
    private const int HeaderParagraphs = 30;

    /// <summary>A segment with the index of its paragraph in reading order.</summary>
    internal readonly record struct Placed(TextSegment Segment, int Index);

    public static DocumentOutline Read(LayoutDocument document)
    {
        var all = DocumentWalk.WithTables(document.Body).Select(p => new OutlineParagraph(p.Paragraph, p.Table, p.Paragraph.Place?.Section ?? 0)).ToList();
        var outline = new DocumentOutline(all, BodyLine.Of(document.Body));
        var segments = Segments(all);
        outline.Segments = [.. segments.Select(s => s.Segment)];
        var tables = document.Body.OfType<TableBlock>().Select(t => (t, t.Place?.Section ?? 0)).ToList();
        var typeIndex = ReadHeader(outline, segments);
        var issuedAt = typeIndex < 0 || outline.StandsIssued ? all.Count : FindIssued(outline, segments, typeIndex);
        if (issuedAt == all.Count && outline.IsDecision) issuedAt = FindIssuedAfterClosing(outline, segments, typeIndex);
        var own = segments.Where(s => s.Index < issuedAt).ToList();
        // The document issued with this one is its own: its text is not this one's body, closing or appendix.
        var closingAt = ReadClosing(outline, own, BodyStart(outline, typeIndex));
        var appendixAt = ReadAppendix(outline, own, tables, closingAt == all.Count && !outline.StandsIssued ? -1 : closingAt < all.Count ? closingAt : BodyStart(outline, typeIndex));
        ReadBody(outline, BodyStart(outline, typeIndex), Math.Min(Math.Min(closingAt, issuedAt), appendixAt));
        if (issuedAt < all.Count)
        {
            outline.Issued = ReadIssued(all, outline.Lines, segments.Where(s => s.Index >= issuedAt).ToList(), tables, issuedAt);
            outline.IssuedWith = outline.Issued.IssuedWith;
        }
        return outline;
    }

    // The issued document from its type title on: its subject, caption, body, closing (if it has one) and appendix.
    private static DocumentOutline ReadIssued(List<OutlineParagraph> all, IReadOnlyList<BodyLine> lines, List<Placed> segments, List<(TableBlock, int)> tables, int at)
    {
        var issued = new DocumentOutline(all, lines) { StandsIssued = true };
        var title = segments[0];
        issued.DocumentType = title.Segment;
        (issued.Kind, issued.TypeSuffix) = HeaderLines.TypeLine(title.Segment.Text) ?? (null!, "");
        ReadSubject(issued, segments, at);
        if (segments.SkipWhile(s => s.Index <= at + issued.Subject.Count).FirstOrDefault() is { Segment: { } caption } && IssuedWithLine(caption.Text)) issued.IssuedWith = caption;
        var start = BodyStart(issued, at);
        var closingAt = ReadClosing(issued, segments, start);
        var appendixAt = ReadAppendix(issued, segments, tables, closingAt < all.Count ? closingAt : start);
        ReadBody(issued, start, Math.Min(closingAt, appendixAt));
        return issued;
    }

    private static List<Placed> Segments(List<OutlineParagraph> all)
    {
        var segments = new List<Placed>();
        var typeSeen = false;
        for (var index = 0; index < all.Count; index++)
        {
            var apart = !typeSeen && index < HeaderParagraphs;
            foreach (var segment in TextSegment.Of(all[index].Paragraph, apart))
            {
                segments.Add(new Placed(segment, index));
                typeSeen |= HeaderLines.TypeLine(segment.Text) is not null && !StandsAboveHeader(all, index);
            }
        }
        return segments;
    }

    /// <summary>
    /// True when the paragraphs just under <paramref name="index"/> hold the national title or a
    /// number line: a type line there ("KẾ HOẠCH NĂM HỌC 2023-2024") is a portal's post title above
    /// the document's header, not the document's own type line, which stands under the header.
    /// </summary>
    internal static bool StandsAboveHeader(IReadOnlyList<OutlineParagraph> all, int index) =>
        all.Skip(index + 1).Take(12).Select(p => p.Paragraph.Text).Any(t => HeaderLines.IsNationalTitle(t) || HeaderLines.IsMotto(t)
            || HeaderLines.Fold(t).StartsWith("CỘNG HÒA", StringComparison.Ordinal) || NumberLine.Parse(t) is not null);

    private static bool InTable(DocumentOutline outline, int index) => outline.Paragraphs[index].Table is not null;

    // Where the body starts: after the type title, its subject, the caption of an issued document and
    // the Kính gửi line; after the V/v subject and Kính gửi in a công văn.
    private static int BodyStart(DocumentOutline outline, int typeIndex) =>
        outline.IsLetter ? typeIndex + 1 + (outline.Addressee is null ? 0 : 1)
        : typeIndex + 1 + outline.Subject.Count + (outline.Addressee is null ? 0 : 1) + (outline.StandsIssued && outline.IssuedWith is not null ? 1 : 0);

    private static void ReadBody(DocumentOutline outline, int start, int end)
    {
        start = Math.Max(0, start);
        outline.Body = outline.Paragraphs.Skip(start).Take(Math.Max(0, end - start))
            .Where(p => p.Table is null && p.Paragraph.Text.Trim().Length > 0)
            .Select(p => p.Paragraph).ToList();
        // The body's lines are the reader's lines between the same paragraphs: a layout table's cells
        // are read as lines, and a data table stands among them, where the body's structure stops.
        var index = new Dictionary<Paragraph, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < outline.Paragraphs.Count; i++) index[outline.Paragraphs[i].Paragraph] = i;
        int At(BodyLine line) => (line.Paragraph ?? DocumentWalk.Paragraphs([line.Table!]).FirstOrDefault()) is { } first && index.TryGetValue(first, out var i) ? i : -1;
        outline.BodyLines = [.. outline.Lines.Where(l => At(l) >= start && At(l) < end)];
    }

    /// <summary>"(Ban hành kèm theo …)": the caption of a document issued with a decision.</summary>
    internal static bool IssuedWithLine(string text) =>
        AppendixReference.StartsReference(text) && text.TrimStart().TrimStart('(').TrimStart().StartsWith("Ban hành", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A decision whose plan follows its signature and recipients with no "(Ban hành kèm theo …)"
    /// caption: the plan's type title alone ("KẾ HOẠCH") after the decision's closing. The index of
    /// that title, or the count of paragraphs when there is none.
    /// </summary>
    private static int FindIssuedAfterClosing(DocumentOutline outline, List<Placed> segments, int typeIndex)
    {
        // Read on a copy: only where the closing ends matters here; the outline's own is read after.
        var probe = new DocumentOutline(outline.Paragraphs, outline.Lines);
        var closingAt = ReadClosing(probe, segments, BodyStart(outline, typeIndex));
        if (closingAt >= outline.Paragraphs.Count) return outline.Paragraphs.Count;
        var title = segments.FirstOrDefault(s => s.Index > closingAt && !InTable(outline, s.Index)
            && HeaderLines.IsUpper(s.Segment.Text) && HeaderLines.TypeLine(s.Segment.Text) is ({ Code: "KH" }, ""));
        if (title.Segment is null) return outline.Paragraphs.Count;
        outline.IssuedSection = outline.Paragraphs[title.Index].Section;
        return title.Index;
    }

    // The index of the issued document's type title, or the count of paragraphs when there is none.
    private static int FindIssued(DocumentOutline outline, List<Placed> segments, int typeIndex)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            var (segment, index) = segments[i];
            // A type title alone ("KẾ HOẠCH"), not the first: the issued document's.
            if (index <= typeIndex || InTable(outline, index) || HeaderLines.TypeLine(segment.Text) is not (_, "")) continue;
            var caption = segments.Skip(i + 1).Take(6).FirstOrDefault(s => !InTable(outline, s.Index) && IssuedWithLine(s.Segment.Text));
            if (caption.Segment is null) continue;
            outline.IssuedSection = outline.Paragraphs[index].Section;
            return index;
        }
        return outline.Paragraphs.Count;
    }
}
