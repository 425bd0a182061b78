using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>
/// Boxes 1–4: a borderless two-column table. Left: governing body, issuing body with a short line,
/// number. Right: national title, motto underlined over its exact length, place and date.
/// </summary>
internal static class HeaderBlockWriter
{
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    public static void Write(PlanGen.Core.Document.Header header, WriterContext context)
    {
        var p = context.Profile;
        var w = context.Writer;
        var left = Units.TwipsFromCm(p.HeaderLeftColumnCm);
        var right = context.BodyTextWidth - left;

        // No side padding: the national title needs the whole right column to stay on one line.
        Tables.Start(w, [left, right], grid: false, cellSideMargin: 0);
        Tables.StartRow(w, cantSplit: false);
        Tables.StartCell(w, left);
        if (header.Governing is not null)
        {
            Paragraphs.Styled(w, StyleIds.Governing, header.Governing);
        }

        Paragraphs.Styled(w, StyleIds.Issuer, header.Issuer);
        var issuerWidth = Math.Min(left, LongestLine(header.Issuer, p.IssuerSizePt, bold: true));
        Paragraphs.ShortLine(w, left, (int)(issuerWidth * p.ShortLineShare));
        Paragraphs.Styled(w, StyleIds.Number, header.Number);
        if (header.Subject is not null)
        {
            Paragraphs.Styled(w, StyleIds.LetterSubject, header.Subject);
        }

        if (header.Urgency is not null)
        {
            UrgencyMarkWriter.Write(w, p, header.Urgency, left);
        }

        w.End();

        Tables.StartCell(w, right);
        Paragraphs.Styled(w, StyleIds.NationalTitle, NationalTitle);
        WriteMotto(w);
        Paragraphs.Styled(w, StyleIds.PlaceDate, header.PlaceDate);
        w.End(); // cell
        w.End(); // row
        w.End(); // table
    }

    /// <summary>Estimated width of the longest line of some runs.</summary>
    public static int LongestLine(IReadOnlyList<InlineRun> runs, double sizePt, bool bold)
    {
        var longest = 0;
        foreach (var line in InlineRun.PlainText(runs).Split('\n'))
        {
            longest = Math.Max(longest, Paragraphs.EstimateWidthTwips(line, sizePt, bold));
        }

        return longest;
    }

    /// <summary>An underline is exactly as long as the motto, which is what box 1 asks for.</summary>
    private static void WriteMotto(WmlWriter w)
    {
        w.Start("p");
        w.Start("pPr");
        w.Value("pStyle", StyleIds.Motto);
        w.End();
        w.Start("r");
        w.Start("rPr");
        w.Value("u", "single");
        w.End();
        w.Text("t", Motto, preserveSpace: true);
        w.End();
        w.End();
    }
}
