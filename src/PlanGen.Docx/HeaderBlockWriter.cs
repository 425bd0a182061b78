using PlanGen.Core.Document;
using DocumentFormat.OpenXml.Wordprocessing;

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
        var left = Units.TwipsFromCm(p.HeaderLeftColumnCm);
        var right = context.BodyTextWidth - left;

        // No side padding: the national title needs the whole right column to stay on one line.
        var table = Tables.Create([left, right], grid: false, cellSideMargin: 0);
        var leftCell = Tables.Cell(left);
        if (header.Governing is not null)
        {
            leftCell.Append(Paragraphs.Styled(StyleIds.Governing, header.Governing));
        }

        leftCell.Append(Paragraphs.Styled(StyleIds.Issuer, header.Issuer));
        var issuerWidth = Math.Min(left, LongestLine(header.Issuer, p.IssuerSizePt, bold: true));
        leftCell.Append(Paragraphs.ShortLine(left, (int)(issuerWidth * p.ShortLineShare)));
        leftCell.Append(Paragraphs.Styled(StyleIds.Number, header.Number));

        var rightCell = Tables.Cell(right);
        rightCell.Append(Paragraphs.Styled(StyleIds.NationalTitle, NationalTitle));
        var motto = Paragraphs.Styled(StyleIds.Motto, Motto);

        // An underline is exactly as long as the motto, which is what box 1 asks for.
        motto.GetFirstChild<Run>()!.PrependChild(new RunProperties { Underline = new Underline { Val = UnderlineValues.Single } });
        rightCell.Append(motto);
        rightCell.Append(Paragraphs.Styled(StyleIds.PlaceDate, header.PlaceDate));

        table.Append(new DocumentFormat.OpenXml.Wordprocessing.TableRow(leftCell, rightCell));
        context.Add(table);
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
}
