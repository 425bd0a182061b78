using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Check;

/// <summary>Box 6: body paragraphs' size, justification, first-line indent, spacing and line spacing.</summary>
internal sealed class BodyRule : ICheckRule
{
    // A line shorter than this does not show its alignment; headings and short items are left alone.
    private const int FullLine = 80;

    public void Check(DocumentCheckContext context)
    {
        var ranges = context.Ranges;
        // The document issued with this one (the plan after its decision) is body text too.
        foreach (var paragraph in context.Outline.Documents.SelectMany(d => d.Body))
        {
            if (paragraph.Format is not { } format) continue;
            var words = DocumentCheckContext.FirstWords(paragraph.Text);
            var sizes = TextSizes(paragraph).Where(size => !ranges["BodySizePt"].Allows(size, DocumentCheckContext.SizeTolerance)).ToList();
            if (sizes.Count > 0)
            {
                context.OnParagraph(paragraph, DiagnosticCode.CheckBodySize, words, LayoutRange.Measure(sizes[0]), ranges["BodySizePt"].Measured());
            }

            if (paragraph.Text.Length >= FullLine && format.Alignment != TextAlignment.Justify)
            {
                context.OnParagraph(paragraph, DiagnosticCode.CheckBodyAlignment, words, format.Alignment switch
                {
                    TextAlignment.Center => MessageWord.Align.Center,
                    TextAlignment.Right => MessageWord.Align.Right,
                    TextAlignment.Justify => MessageWord.Align.Justify,
                    _ => MessageWord.Align.Left,
                });
            }

            var indentCm = ((format.LeftIndentMm ?? 0) + (format.FirstLineIndentMm ?? 0)) / 10;
            var indent = ranges["FirstLineIndentCm"];
            if (format.Alignment is TextAlignment.Justify or TextAlignment.Left or null && !indent.Allows(indentCm, DocumentCheckContext.LengthToleranceMm / 10))
            {
                context.OnParagraph(paragraph, DiagnosticCode.CheckBodyIndent, words, LayoutRange.Measure(indentCm), indent.Measured());
            }

            var spacing = (format.SpaceBeforePt ?? 0) + (format.SpaceAfterPt ?? 0);
            if (!ranges["SpaceAfterPt"].Allows(spacing, 0.05))
            {
                context.OnParagraph(paragraph, DiagnosticCode.CheckBodySpacing, words, LayoutRange.Measure(spacing), ranges["SpaceAfterPt"].Measured());
            }

            var lines = ranges["LineSpacing"];
            if (format.LineSpacing is { } multiple && !lines.Allows(multiple, 0.01))
            {
                context.OnParagraph(paragraph, DiagnosticCode.CheckLineSpacing, words, LayoutRange.Measure(multiple), lines.Measured());
            }
            else if (format.LineSpacingPt is { } points && TextSizes(paragraph).DefaultIfEmpty(0).Max() is var size && points < size)
            {
                context.OnParagraph(paragraph, DiagnosticCode.CheckLineSpacing, words, MessageArgument.Measure(LayoutRange.Print(points) + " pt"), lines.Measured());
            }
        }
    }

    private static IEnumerable<double> TextSizes(Paragraph paragraph)
    {
        var formats = paragraph.Format?.Runs ?? [];
        for (var i = 0; i < Math.Min(formats.Count, paragraph.Runs.Count); i++)
        {
            if (paragraph.Runs[i].Text.Trim().Length > 0) yield return formats[i].SizePt ?? 10;
        }
    }
}
