using System.Xml.Linq;
using PlanGen.Core.Document;
using static PlanGen.Docx.Reading.Wml;

namespace PlanGen.Docx.Reading;

/// <summary>
/// The body of a DOCX → its paragraphs and tables in reading order, and its sections' page set-ups.
/// Paragraphs are numbered from 1 in reading order, table cells and nested tables included, as a
/// person counts them in Word; each knows the section it belongs to.
/// </summary>
internal sealed class BodyReader(ParagraphReader paragraphs, DocxStyles styles, HeaderReader headers)
{
    private const int MaxTableDepth = 32;

    // Word's tables have at most 63 columns; a cell cannot span more.
    private const int MaxColumns = 63;
    private int _paragraph;

    private int _section;

    public (IReadOnlyList<Block> Blocks, IReadOnlyList<PageSetup> Pages) Read(XElement body)
    {
        var pages = new List<PageSetup>();
        var blocks = new List<Block>();
        foreach (var child in Content(body))
        {
            if (child.Name == W + "p")
            {
                blocks.Add(paragraphs.Read(child, Place(++_paragraph), tableStyleId: null));
                if (child.Element(W + "pPr")?.Element(W + "sectPr") is { } sectPr)
                {
                    pages.Add(Section(sectPr));
                    _section++;
                }
            }
            else if (child.Name == W + "tbl")
            {
                blocks.Add(Table(child, 0));
            }
        }

        pages.Add(Section(body.Element(W + "sectPr")));
        return (blocks, pages);
    }

    private SourcePlace Place(int paragraph) => SourcePlace.OfParagraph(paragraph, _section);

    // Content controls and custom XML wrap blocks without changing them. They nest as deep as the
    // file says, so they are unwrapped with a stack of our own, not by recursion.
    private static IEnumerable<XElement> Content(XElement container)
    {
        var pending = new Stack<IEnumerator<XElement>>();
        pending.Push(container.Elements().GetEnumerator());
        while (pending.TryPeek(out var at))
        {
            if (!at.MoveNext())
            {
                pending.Pop();
                continue;
            }
            var child = at.Current;
            if (child.Name == W + "sdt")
            {
                if (child.Element(W + "sdtContent") is { } content) pending.Push(content.Elements().GetEnumerator());
            }
            else if (child.Name == W + "customXml")
            {
                pending.Push(child.Elements().GetEnumerator());
            }
            else
            {
                yield return child;
            }
        }
    }

    private TableBlock Table(XElement table, int depth)
    {
        var place = Place(_paragraph + 1);
        var tblPr = table.Element(W + "tblPr");
        var styleId = styles.TableStyleOf(tblPr);
        var bordered = SomeBorder(tblPr, styleId, table);
        var widths = table.Element(W + "tblGrid")?.Elements(W + "gridCol")
            .Select(col => TwipsToMm(Number(Attr(col, "w")) ?? 0)).ToList() ?? [];
        var rows = new List<TableRow>();
        foreach (var row in Content(table).Where(e => e.Name == W + "tr"))
        {
            var cells = new List<TableCell>();
            foreach (var cell in Content(row).Where(e => e.Name == W + "tc"))
            {
                var tcPr = cell.Element(W + "tcPr");
                var blocks = new List<Block>();
                foreach (var inner in Content(cell))
                {
                    if (inner.Name == W + "p") blocks.Add(paragraphs.Read(inner, Place(++_paragraph), styleId));
                    else if (inner.Name == W + "tbl" && depth < MaxTableDepth) blocks.Add(Table(inner, depth + 1));
                }

                var vMerge = tcPr?.Element(W + "vMerge");
                cells.Add(new TableCell(blocks, Math.Clamp(Integer(Val(tcPr, "gridSpan")) ?? 1, 1, MaxColumns))
                {
                    ContinuesAbove = vMerge is not null && Attr(vMerge, "val") is null or "continue",
                });
            }

            var header = OnOff(row.Element(W + "trPr"), "tblHeader") == true;
            rows.Add(new TableRow(header ? TableRowKind.Header : TableRowKind.Item, null, cells, KeepWithNext: false));
        }

        // Word repeats only the rows at the top of a table; a header row below a body row is read as it is marked.
        var top = rows.TakeWhile(r => r.Kind == TableRowKind.Header).Count();
        return new TableBlock(TableColumn.FromWidths(widths), rows[..top], rows[top..]) { Place = place, Bordered = bordered };
    }


    // Borders drawn by the table, its style or any of its own cells (nested tables judge themselves).
    private bool SomeBorder(XElement? tblPr, string? styleId, XElement table) =>
        DocxStyles.Borders(tblPr?.Element(W + "tblBorders")) ?? styles.TableStyleBorders(styleId)
        || table.Elements(W + "tr").Elements(W + "tc").Any(tc => DocxStyles.Borders(tc.Element(W + "tcPr")?.Element(W + "tcBorders")) == true);

    private PageSetup Section(XElement? sectPr)
    {
        var pgSz = sectPr?.Element(W + "pgSz");
        var pgMar = sectPr?.Element(W + "pgMar");
        PageGeometry? page = null;
        if (Number(Attr(pgSz, "w")) is { } width && Number(Attr(pgSz, "h")) is { } height)
        {
            double Margin(string side) => TwipsToMm(Math.Abs(Number(Attr(pgMar, side)) ?? 0));
            page = new PageGeometry(TwipsToMm(width), TwipsToMm(height), Margin("top"), Margin("bottom"), Margin("left"), Margin("right"));
        }

        var (first, @default) = headers.Of(sectPr);
        return new PageSetup(page)
        {
            TitlePage = OnOff(sectPr, "titlePg") == true,
            NumberedFrom = Integer(Attr(sectPr?.Element(W + "pgNumType"), "start")),
            FirstPageHeader = first,
            DefaultHeader = @default,
            HeaderDistanceMm = Number(Attr(pgMar, "header")) is { } header ? TwipsToMm(header) : null,
        };
    }
}
