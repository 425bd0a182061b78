using PlanGen.Core.Document;

namespace PlanGen.Pdf.Reading;

/// <summary>
/// Lines of running text → paragraphs. A new paragraph starts after extra space between lines,
/// at a first-line indent, after a line that ended although the next line's first word would have
/// fitted on it, and where centred lines begin or change emphasis. Alignment and indents are read
/// from where the lines stand between the text's left and right edges.
/// </summary>
internal sealed class ParagraphBuilder(double marginLeft, double marginRight, double pitch, int section)
{
    private const double PointsPerMm = 72 / 25.4;

    public List<Paragraph> Build(IReadOnlyList<PdfLine> lines)
    {
        var paragraphs = new List<Paragraph>();
        var current = new List<PdfLine>();
        foreach (var line in lines)
        {
            if (current.Count > 0 && StartsParagraph(current[^1], line, current.Count == 1))
            {
                paragraphs.Add(ToParagraph(current));
                current = [];
            }
            current.Add(line);
        }
        if (current.Count > 0) paragraphs.Add(ToParagraph(current));
        return paragraphs;
    }

    private bool IsCentred(PdfLine line) =>
        line.Left > marginLeft + line.Size && Math.Abs(line.Centre - ((marginLeft + marginRight) / 2)) < line.Size;

    private bool StartsParagraph(PdfLine previous, PdfLine line, bool previousIsFirst)
    {
        if (line.Page == previous.Page && line.Baseline - previous.Baseline > pitch + (line.Size / 4)) return true;
        if (Math.Abs(line.Size - previous.Size) > 0.6) return true;
        var centred = IsCentred(line);
        if (centred || IsCentred(previous))
        {
            return !(centred && IsCentred(previous) && Emphasis(line) == Emphasis(previous) && !WouldHaveFitted(previous, line, 0));
        }
        // An indented line after an indented first line is a paragraph indented as a whole.
        var indented = line.Left > marginLeft + (0.8 * line.Size);
        if (indented && !(previousIsFirst && Math.Abs(previous.Left - line.Left) < 1 && previous.Right < marginRight - line.Size)
            && Math.Abs(previous.Left - line.Left) > 1)
        {
            return true;
        }
        return WouldHaveFitted(previous, line, previous.Left - marginLeft);
    }

    /// <summary>True when the next line's first word would have fitted on the previous line: so the previous line ended its paragraph.</summary>
    private bool WouldHaveFitted(PdfLine previous, PdfLine line, double indent)
    {
        var word = line.Words[0];
        var room = marginRight - marginLeft - indent - (previous.Right - previous.Left);
        return room > (word.Size / 4) + (word.Right - word.Left) + (line.Size / 2);
    }

    private static (bool Bold, bool Italic) Emphasis(PdfLine line) =>
        (line.Words.Count(w => w.Bold) * 2 > line.Words.Count, line.Words.Count(w => w.Italic) * 2 > line.Words.Count);

    private Paragraph ToParagraph(List<PdfLine> lines)
    {
        var runs = InlineRuns.Of(lines);
        var first = lines[0];
        var format = new ParagraphFormat(
            StyleName: null,
            Alignment: AlignmentOf(lines),
            FirstLineIndentMm: IsCentred(first) ? null : Mm(first.Left - (lines.Count > 1 ? lines[1].Left : marginLeft)),
            LeftIndentMm: IsCentred(first) || lines.Count < 2 ? null : Mm(lines[1].Left - marginLeft),
            SpaceBeforePt: null,
            SpaceAfterPt: null,
            LineSpacing: null,
            LineSpacingPt: lines.Count > 1 && lines[1].Page == first.Page ? Math.Round(lines[1].Baseline - first.Baseline, 1) : null,
            Runs: InlineRuns.Formats(lines, runs));
        return new Paragraph(ParagraphKind.Body, runs) { Place = SourcePlace.OfPageLine(first.Page, first.Number, section), Format = format };
    }

    private TextAlignment? AlignmentOf(List<PdfLine> lines)
    {
        if (lines.TrueForAll(IsCentred)) return TextAlignment.Center;
        var size = lines[0].Size;
        if (lines.Count > 1 && lines.Take(lines.Count - 1).All(l => Math.Abs(l.Right - marginRight) < size / 2))
        {
            return TextAlignment.Justify;
        }
        if (lines.TrueForAll(l => Math.Abs(l.Right - marginRight) < size / 2 && l.Left > marginLeft + size)) return TextAlignment.Right;
        return lines.Count > 1 ? TextAlignment.Left : null;
    }

    private static double Mm(double points) => Math.Round(points / PointsPerMm, 1);
}
