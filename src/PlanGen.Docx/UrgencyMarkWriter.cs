using PlanGen.Core.Layout;

namespace PlanGen.Docx;

/// <summary>
/// Box 10b: the urgency mark (KHẨN, THƯỢNG KHẨN, HỎA TỐC) under the number, as the decree's stamp
/// prints it: capitals, bold, upright, in a single-line box about the word, centred in the column.
/// </summary>
internal static class UrgencyMarkWriter
{
    // Room between the word and the box on either side, as on the stamp: about 3 mm.
    private const int SideRoomTwips = 170;

    public static void Write(WmlWriter w, LayoutProfile profile, string mark, int columnWidth)
    {
        var box = Paragraphs.EstimateWidthTwips(mark, profile.NumberSizePt, bold: true) + 2 * SideRoomTwips;
        var indent = Math.Max(0, (columnWidth - box) / 2);
        w.Start("p");
        w.Start("pPr");
        w.Value("pStyle", StyleIds.Number);
        w.Start("pBdr");
        foreach (var side in (string[])["top", "left", "bottom", "right"])
        {
            w.Start(side);
            w.Attribute("val", "single");
            w.Attribute("sz", 6);
            w.Attribute("space", 1);
            w.Attribute("color", "auto");
            w.End();
        }

        w.End();
        w.Start("ind");
        w.Attribute("left", indent);
        w.Attribute("right", indent);
        w.End();
        w.End();
        w.Start("r");
        w.Start("rPr");
        w.Empty("b");
        w.Empty("bCs");
        w.End();
        w.Text("t", mark, preserveSpace: true);
        w.End();
        w.End();
    }
}
