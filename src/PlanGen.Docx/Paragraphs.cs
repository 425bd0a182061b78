using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>Writes styled paragraphs and runs. Direct formatting is used only for emphasis inside text.</summary>
internal static class Paragraphs
{
    /// <summary>
    /// A paragraph of a style. <paramref name="keepNext"/> writes <c>w:keepNext</c> on the paragraph
    /// (false writes it switched off); null leaves it to the style.
    /// </summary>
    public static void Styled(WmlWriter w, string styleId, IReadOnlyList<InlineRun> runs, bool? keepNext = null)
    {
        w.Start("p");
        Properties(w, styleId, keepNext);
        foreach (var run in runs)
        {
            Run(w, run);
        }

        w.End();
    }

    public static void Styled(WmlWriter w, string styleId, string text) => Styled(w, styleId, [new InlineRun(text)]);

    public static void Empty(WmlWriter w, string styleId)
    {
        w.Start("p");
        Properties(w, styleId, keepNext: null);
        w.End();
    }

    public static void Run(WmlWriter w, InlineRun run)
    {
        if (run.Footnote is { } note)
        {
            FootnotesWriter.Reference(w, note);
            return;
        }

        w.Start("r");
        if (run.IsBreak)
        {
            w.Empty("br");
            w.End();
            return;
        }

        if (run.Bold || run.Italic)
        {
            w.Start("rPr");
            if (run.Bold)
            {
                w.Empty("b");
                w.Empty("bCs");
            }

            if (run.Italic)
            {
                w.Empty("i");
                w.Empty("iCs");
            }

            w.End();
        }

        w.Text("t", run.Text, preserveSpace: true);
        w.End();
    }

    /// <summary>
    /// A paragraph that only draws a short centred line: an empty paragraph with a bottom border,
    /// indented from both sides. A paragraph border renders the same in Word and LibreOffice,
    /// unlike a drawn shape, and it moves with the text.
    /// </summary>
    public static void ShortLine(WmlWriter w, int availableTwips, int lineTwips, string spaceAfter = "0")
    {
        var side = Units.Text(Math.Max(0, (availableTwips - lineTwips) / 2));
        w.Start("p");
        w.Start("pPr");
        w.Value("pStyle", StyleIds.ShortLine);
        w.Start("pBdr");
        Borders.Line(w, "bottom", "single", size: 6, space: 1);
        w.End();
        w.Start("spacing");
        w.Attribute("before", "0");
        w.Attribute("after", spaceAfter);
        w.Attribute("line", "40");
        w.Attribute("lineRule", "exact");
        w.End();
        w.Start("ind");
        w.Attribute("left", side);
        w.Attribute("right", side);
        w.Attribute("firstLine", "0");
        w.End();
        w.End();
        w.End();
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

    /// <summary>The paragraph properties every styled paragraph has: its style, and keep-with-next when the caller sets it.</summary>
    private static void Properties(WmlWriter w, string styleId, bool? keepNext)
    {
        w.Start("pPr");
        w.Value("pStyle", styleId);
        if (keepNext is bool keep)
        {
            if (keep)
            {
                w.Empty("keepNext");
            }
            else
            {
                w.Value("keepNext", "false");
            }
        }

        w.End();
    }
}
