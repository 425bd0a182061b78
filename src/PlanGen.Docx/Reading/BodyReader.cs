using System.Xml.Linq;
using PlanGen.Core.Document.Reading;
using static PlanGen.Docx.Reading.Wml;

namespace PlanGen.Docx.Reading;

/// <summary>
/// The body of a DOCX → sections of paragraphs and tables. Paragraphs are numbered from 1 in
/// reading order, table cells and nested tables included, as a person counts them in Word.
/// </summary>
internal sealed class BodyReader(ParagraphReader paragraphs, DocxStyles styles, HeaderReader headers)
{
    private const int MaxTableDepth = 32;

    // Word's tables have at most 63 columns; a cell cannot span more.
    private const int MaxColumns = 63;
    private int _paragraph;

    public IReadOnlyList<SourceSection> Read(XElement body)
    {
        var sections = new List<SourceSection>();
        var blocks = new List<SourceBlock>();
        foreach (var child in Content(body))
        {
            if (child.Name == W + "p")
            {
                blocks.Add(paragraphs.Read(child, SourceLocation.OfParagraph(++_paragraph), tableStyleId: null));
                if (child.Element(W + "pPr")?.Element(W + "sectPr") is { } sectPr)
                {
                    sections.Add(Section(sectPr, blocks));
                    blocks = [];
                }
            }
            else if (child.Name == W + "tbl")
            {
                blocks.Add(Table(child, 0));
            }
        }

        sections.Add(Section(body.Element(W + "sectPr"), blocks));
        return sections;
    }

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

    private SourceTable Table(XElement table, int depth)
    {
        var location = SourceLocation.OfParagraph(_paragraph + 1);
        var tblPr = table.Element(W + "tblPr");
        var styleId = styles.TableStyleOf(tblPr);
        var bordered = SomeBorder(tblPr, styleId, table);
        var widths = table.Element(W + "tblGrid")?.Elements(W + "gridCol")
            .Select(col => TwipsToMm(Number(Attr(col, "w")) ?? 0)).ToList() ?? [];
        var rows = new List<SourceRow>();
        foreach (var row in Content(table).Where(e => e.Name == W + "tr"))
        {
            var cells = new List<SourceCell>();
            foreach (var cell in Content(row).Where(e => e.Name == W + "tc"))
            {
                var tcPr = cell.Element(W + "tcPr");
                var blocks = new List<SourceBlock>();
                foreach (var inner in Content(cell))
                {
                    if (inner.Name == W + "p") blocks.Add(paragraphs.Read(inner, SourceLocation.OfParagraph(++_paragraph), styleId));
                    else if (inner.Name == W + "tbl" && depth < MaxTableDepth) blocks.Add(Table(inner, depth + 1));
                }

                var vMerge = tcPr?.Element(W + "vMerge");
                cells.Add(new SourceCell(blocks, Math.Clamp(Integer(Val(tcPr, "gridSpan")) ?? 1, 1, MaxColumns))
                {
                    ContinuesAbove = vMerge is not null && Attr(vMerge, "val") is null or "continue",
                });
            }

            rows.Add(new SourceRow(cells, OnOff(row.Element(W + "trPr"), "tblHeader") == true));
        }

        return new SourceTable(location, rows, bordered) { ColumnWidthsMm = widths };
    }

    // Borders drawn by the table, its style or any of its own cells (nested tables judge themselves).
    private bool SomeBorder(XElement? tblPr, string? styleId, XElement table) =>
        DocxStyles.Borders(tblPr?.Element(W + "tblBorders")) ?? styles.TableStyleBorders(styleId)
        || table.Elements(W + "tr").Elements(W + "tc").Any(tc => DocxStyles.Borders(tc.Element(W + "tcPr")?.Element(W + "tcBorders")) == true);

    private SourceSection Section(XElement? sectPr, List<SourceBlock> blocks)
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
        return new SourceSection(page, blocks)
        {
            TitlePage = OnOff(sectPr, "titlePg") == true,
            FirstPageHeader = first,
            DefaultHeader = @default,
            HeaderDistanceMm = Number(Attr(pgMar, "header")) is { } header ? TwipsToMm(header) : null,
        };
    }
}
