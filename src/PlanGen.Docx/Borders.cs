namespace PlanGen.Docx;

/// <summary>Border lines of paragraphs and tables, always black.</summary>
internal static class Borders
{
    /// <summary>One border element (<c>w:top</c>, <c>w:bottom</c>, …), attributes in schema order.</summary>
    public static void Line(WmlWriter w, string side, string style, int size, int space)
    {
        w.Start(side);
        w.Attribute("val", style);
        w.Attribute("color", "000000");
        w.Attribute("sz", size);
        w.Attribute("space", space);
        w.End();
    }
}
