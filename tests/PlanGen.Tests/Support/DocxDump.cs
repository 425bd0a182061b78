using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Tests.Support;

/// <summary>
/// A readable dump of a DOCX body for the snapshot tests: one line per paragraph with its style id,
/// alignment and runs (text, then b/i and the size in points, as a reader sees them); tables are
/// walked row by row and cell by cell; section properties are shown where they occur.
/// </summary>
internal static class DocxDump
{
    /// <summary>The dump with <c>\n</c> line ends.</summary>
    public static string ToText(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, isEditable: false);
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The package has no main document part.");
        var format = new EffectiveFormat(main);
        var output = new StringBuilder();
        foreach (var element in main.Document!.Body!.ChildElements)
        {
            Element(output, element, format, 0);
        }

        return output.ToString();
    }

    private static void Element(StringBuilder output, OpenXmlElement element, EffectiveFormat format, int depth)
    {
        switch (element)
        {
            case Paragraph paragraph:
                output.Append(' ', depth * 2).Append(ParagraphLine(paragraph, format)).Append('\n');
                if (paragraph.ParagraphProperties?.SectionProperties is { } inner)
                {
                    output.Append(' ', depth * 2).Append(Section(inner)).Append('\n');
                }

                break;
            case Table table:
                output.Append(' ', depth * 2).Append("table\n");
                foreach (var row in table.Elements<TableRow>())
                {
                    var flags = (row.TableRowProperties?.GetFirstChild<TableHeader>() is null ? string.Empty : " header")
                        + (row.TableRowProperties?.GetFirstChild<CantSplit>() is null ? string.Empty : " cantSplit");
                    output.Append(' ', (depth + 1) * 2).Append("row").Append(flags).Append('\n');
                    foreach (var cell in row.Elements<TableCell>())
                    {
                        var span = cell.TableCellProperties?.GridSpan?.Val?.Value;
                        output.Append(' ', (depth + 2) * 2).Append(span > 1 ? "cell span " + span.Value.ToString(CultureInfo.InvariantCulture) : "cell").Append('\n');
                        foreach (var child in cell.ChildElements)
                        {
                            Element(output, child, format, depth + 3);
                        }
                    }
                }

                break;
            case SectionProperties section:
                output.Append(' ', depth * 2).Append(Section(section)).Append('\n');
                break;
            default:
                break;
        }
    }

    private static string ParagraphLine(Paragraph paragraph, EffectiveFormat format)
    {
        var line = new StringBuilder();
        line.Append(EffectiveFormat.StyleId(paragraph)).Append(" | ").Append(format.Alignment(paragraph));
        string? lastKey = null;
        var text = new StringBuilder();
        foreach (var run in paragraph.Descendants<Run>())
        {
            var (bold, italic, size) = format.Run(paragraph, run);
            var key = (bold ? " b" : string.Empty) + (italic ? " i" : string.Empty) + " " + size.ToString(CultureInfo.InvariantCulture);
            var runText = RunText(run);
            if (runText.Length == 0)
            {
                continue;
            }

            if (key != lastKey && lastKey is not null)
            {
                line.Append(" | \"").Append(text).Append('"').Append(lastKey);
                text.Clear();
            }

            lastKey = key;
            text.Append(runText);
        }

        if (lastKey is not null)
        {
            line.Append(" | \"").Append(text).Append('"').Append(lastKey);
        }

        return line.ToString();
    }

    private static string RunText(Run run)
    {
        var text = new StringBuilder();
        foreach (var child in run.ChildElements)
        {
            text.Append(child switch
            {
                Text t => t.Text,
                Break => "↵",
                TabChar => "→",
                _ => string.Empty,
            });
        }

        return text.ToString();
    }

    private static string Section(SectionProperties section)
    {
        var size = section.GetFirstChild<PageSize>();
        var margin = section.GetFirstChild<PageMargin>();
        var orient = size?.Orient?.Value == PageOrientationValues.Landscape ? "landscape" : "portrait";
        var title = section.GetFirstChild<TitlePage>() is null ? string.Empty : " titlePg";
        return string.Create(CultureInfo.InvariantCulture,
            $"section {orient} {size?.Width?.Value}x{size?.Height?.Value} margins {margin?.Top?.Value}/{margin?.Right?.Value}/{margin?.Bottom?.Value}/{margin?.Left?.Value}{title}");
    }
}
