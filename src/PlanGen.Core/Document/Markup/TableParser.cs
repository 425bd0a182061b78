using System.Globalization;

namespace PlanGen.Core.Document.Markup;

/// <summary>
/// Reads <c>&lt;table&gt;</c>: columns, header rows and body rows. Row numbers are printed as the
/// markup gives them; the template takes them from the model, so a row is numbered in one place.
/// </summary>
internal sealed class TableParser(ParseContext context)
{
    public TableBlock Read(MarkupElement table)
    {
        context.CheckAttributes(table);
        context.CheckNoText(table);
        var columns = new List<TableColumn>();
        var titles = new List<MarkupElement>();
        var headerRows = new List<TableRow>();
        var rows = new List<TableRow>();
        foreach (var child in table.Elements())
        {
            switch (child.PlainName)
            {
                case "column":
                    context.CheckAttributes(child, "width");
                    columns.Add(new TableColumn(Width(child)));
                    titles.Add(child);
                    break;
                case "header-row":
                    context.CheckAttributes(child);
                    headerRows.Add(new TableRow(TableRowKind.Header, null, Cells(child, columns.Count, 0), KeepWithNext: false));
                    break;
                case "row":
                    rows.Add(ReadRow(child, columns.Count));
                    break;
                default:
                    context.UnknownElement(child, table);
                    break;
            }
        }

        // Column titles make the one header row, unless the table spells its header rows out; any
        // text counts as a title, blank or not.
        var titled = titles.FindAll(t => t.FirstChild is not null);
        if (headerRows.Count > 0)
        {
            foreach (var column in titled)
            {
                context.Error(column, "markup.header-titles");
            }
        }
        else if (titled.Count > 0)
        {
            headerRows.Add(new TableRow(TableRowKind.Header, null,
                [.. titles.Select(t => new TableCell(InlineParser.Read(t, context)))], KeepWithNext: false));
        }

        return new TableBlock(columns, headerRows, rows);
    }

    private TableRow ReadRow(MarkupElement row, int columnCount)
    {
        context.CheckAttributes(row, "kind", "number", "keep-with-next");
        var kind = TableRowKind.Item;
        switch (row.Attribute("kind")?.Value.Trim())
        {
            case null or "item":
                break;
            case "group":
                kind = TableRowKind.Group;
                break;
            default:
                context.Error(row.Attribute("kind")!, "markup.row-kind", row.Attribute("kind")!.Value);
                break;
        }

        var number = ParseContext.Attribute(row, "number");
        var keep = kind == TableRowKind.Group;
        if (row.Attribute("keep-with-next") is { } keepAttribute)
        {
            switch (keepAttribute.Value.Trim())
            {
                case "true":
                    keep = true;
                    break;
                case "false":
                    keep = false;
                    break;
                default:
                    context.Error(keepAttribute, "markup.keep", keepAttribute.Value);
                    break;
            }
        }

        return new TableRow(kind, number, Cells(row, columnCount, number is null ? 0 : 1), keep);
    }

    /// <summary>The cells of a row; they may not cover more columns than the table has after <paramref name="firstColumn"/>.</summary>
    private List<TableCell> Cells(MarkupElement row, int columnCount, int firstColumn)
    {
        context.CheckNoText(row);
        var cells = new List<TableCell>();
        var covered = firstColumn;
        foreach (var child in row.Elements())
        {
            if (!child.Is("cell"))
            {
                context.UnknownElement(child, row);
                continue;
            }

            context.CheckAttributes(child, "span");
            var span = Span(child);
            covered += span;
            if (covered > columnCount)
            {
                context.Error(child, "markup.cell-past-end",
                    covered.ToString(CultureInfo.InvariantCulture), columnCount.ToString(CultureInfo.InvariantCulture));
            }

            cells.Add(new TableCell(InlineParser.Read(child, context), span));
        }

        return cells;
    }

    private int Span(MarkupElement cell)
    {
        var raw = cell.Attribute("span");
        if (raw is null)
        {
            return 1;
        }

        if (int.TryParse(raw.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var span) && span is > 0 and <= 63)
        {
            return span;
        }

        context.Error(raw, "markup.span", raw.Value);
        return 1;
    }

    private int? Width(MarkupElement column)
    {
        var raw = column.Attribute("width");
        if (raw is null)
        {
            return null;
        }

        if (int.TryParse(raw.Value.Trim().TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width is > 0 and <= 100)
        {
            return width;
        }

        context.Error(raw, "markup.width", raw.Value);
        return null;
    }
}
