namespace PlanGen.Docx;

/// <summary>Table scaffolding shared by the header, closing and task tables.</summary>
internal static class Tables
{
    private static readonly string[] BorderSides = ["top", "left", "bottom", "right", "insideH", "insideV"];

    /// <summary>
    /// Opens a fixed-layout table of the given column widths, borderless or with a single-line
    /// grid, and writes its properties and grid; the caller writes the rows and closes it.
    /// </summary>
    public static void Start(WmlWriter w, IReadOnlyList<int> widths, bool grid, int cellSideMargin)
    {
        w.Start("tbl");
        w.Start("tblPr");
        w.Start("tblW");
        w.Attribute("w", widths.Sum());
        w.Attribute("type", "dxa");
        w.End();
        w.Start("tblBorders");
        foreach (var side in BorderSides)
        {
            Borders.Line(w, side, grid ? "single" : "none", size: grid ? 4 : 0, space: 0);
        }

        w.End();
        w.Start("tblLayout");
        w.Attribute("type", "fixed");
        w.End();
        w.Start("tblCellMar");
        Margin(w, "top", 0);
        Margin(w, "left", cellSideMargin);
        Margin(w, "bottom", 0);
        Margin(w, "right", cellSideMargin);
        w.End();
        w.Start("tblLook");
        w.Attribute("val", "0000");
        w.Attribute("firstRow", "false");
        w.Attribute("lastRow", "false");
        w.Attribute("firstColumn", "false");
        w.Attribute("lastColumn", "false");
        w.Attribute("noHBand", "true");
        w.Attribute("noVBand", "true");
        w.End();
        w.End();
        w.Start("tblGrid");
        foreach (var width in widths)
        {
            w.Start("gridCol");
            w.Attribute("w", width);
            w.End();
        }

        w.End();
    }

    /// <summary>Opens a row; one that never splits keeps its lines on one page.</summary>
    public static void StartRow(WmlWriter w, bool cantSplit, bool repeatAsHeader = false)
    {
        w.Start("tr");
        if (cantSplit)
        {
            w.Start("trPr");
            w.Empty("cantSplit");
            if (repeatAsHeader)
            {
                w.Empty("tblHeader");
            }

            w.End();
        }
    }

    /// <summary>Opens a cell and writes its properties; the caller writes its paragraphs (at least one) and closes it.</summary>
    public static void StartCell(WmlWriter w, int width, int span = 1, bool centreVertically = false)
    {
        w.Start("tc");
        w.Start("tcPr");
        w.Start("tcW");
        w.Attribute("w", width);
        w.Attribute("type", "dxa");
        w.End();
        if (span > 1)
        {
            w.Value("gridSpan", Units.Text(span));
        }

        if (centreVertically)
        {
            w.Value("vAlign", "center");
        }

        w.End();
    }

    private static void Margin(WmlWriter w, string side, int width)
    {
        w.Start(side);
        w.Attribute("w", width);
        w.Attribute("type", "dxa");
        w.End();
    }
}
