using PlanGen.Core.Document;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx;

/// <summary>Makes styled paragraphs and runs. Direct formatting is used only for emphasis inside text.</summary>
internal static class Paragraphs
{
    public static W.Paragraph Styled(string styleId, IReadOnlyList<InlineRun> runs)
    {
        var paragraph = Empty(styleId);
        foreach (var run in runs)
        {
            paragraph.Append(Run(run));
        }

        return paragraph;
    }

    public static W.Paragraph Styled(string styleId, string text) => Styled(styleId, [new InlineRun(text)]);

    public static W.Paragraph Empty(string styleId) =>
        new(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } });

    public static Run Run(InlineRun run)
    {
        if (run.IsBreak)
        {
            return new Run(new Break());
        }

        var result = new Run();
        if (run.Bold || run.Italic)
        {
            var properties = new RunProperties();
            if (run.Bold)
            {
                properties.Bold = new Bold();
                properties.BoldComplexScript = new BoldComplexScript();
            }

            if (run.Italic)
            {
                properties.Italic = new Italic();
                properties.ItalicComplexScript = new ItalicComplexScript();
            }

            result.Append(properties);
        }

        result.Append(new Text(run.Text) { Space = SpaceProcessingModeValues.Preserve });
        return result;
    }

    /// <summary>
    /// A paragraph that only draws a short centred line: an empty paragraph with a bottom border,
    /// indented from both sides. A paragraph border renders the same in Word and LibreOffice,
    /// unlike a drawn shape, and it moves with the text.
    /// </summary>
    public static W.Paragraph ShortLine(int availableTwips, int lineTwips)
    {
        var side = Math.Max(0, (availableTwips - lineTwips) / 2);
        var paragraph = Empty(StyleIds.ShortLine);
        var properties = paragraph.ParagraphProperties!;
        properties.ParagraphBorders = new ParagraphBorders(
            new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" });
        properties.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "40", LineRule = LineSpacingRuleValues.Exact };
        properties.Indentation = new Indentation { Left = Units.Text(side), Right = Units.Text(side), FirstLine = "0" };
        return paragraph;
    }

    /// <summary>
    /// Estimated printed width of a line of Times New Roman, in twips. Good enough to size the
    /// short lines to a share of the text; the decree gives a range (1/3–1/2), not a length.
    /// </summary>
    public static int EstimateWidthTwips(string text, double sizePt, bool bold)
    {
        double ems = 0;
        foreach (var c in text)
        {
            ems += c == ' ' ? 0.25 : char.IsUpper(c) ? (bold ? 0.70 : 0.66) : char.IsDigit(c) ? 0.5 : (bold ? 0.50 : 0.45);
        }

        return (int)(ems * sizePt * 20);
    }
}
