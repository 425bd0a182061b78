using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx;

/// <summary>Table scaffolding shared by the header, closing and task tables.</summary>
internal static class Tables
{
    /// <summary>A fixed-layout table of the given column widths, borderless or with a single-line grid.</summary>
    public static Table Create(IReadOnlyList<int> widths, bool grid, int cellSideMargin)
    {
        var properties = new TableProperties
        {
            TableWidth = new TableWidth { Width = Units.Text(widths.Sum()), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableBorders = Borders(grid),
            TableCellMarginDefault = new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = (short)cellSideMargin, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = (short)cellSideMargin, Type = TableWidthValues.Dxa }),
            TableLook = new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
        };
        var gridElement = new TableGrid();
        foreach (var width in widths)
        {
            gridElement.Append(new GridColumn { Width = Units.Text(width) });
        }

        return new Table(properties, gridElement);
    }

    public static TableCell Cell(int width, int span = 1, bool centreVertically = false)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Units.Text(width), Type = TableWidthUnitValues.Dxa },
        };
        if (centreVertically)
        {
            properties.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center };
        }

        if (span > 1)
        {
            properties.GridSpan = new GridSpan { Val = span };
        }

        return new TableCell(properties);
    }

    private static TableBorders Borders(bool grid)
    {
        var value = grid ? BorderValues.Single : BorderValues.None;
        uint size = grid ? 4u : 0u;
        return new TableBorders(
            new TopBorder { Val = value, Size = size, Space = 0, Color = "000000" },
            new LeftBorder { Val = value, Size = size, Space = 0, Color = "000000" },
            new BottomBorder { Val = value, Size = size, Space = 0, Color = "000000" },
            new RightBorder { Val = value, Size = size, Space = 0, Color = "000000" },
            new InsideHorizontalBorder { Val = value, Size = size, Space = 0, Color = "000000" },
            new InsideVerticalBorder { Val = value, Size = size, Space = 0, Color = "000000" });
    }
}
