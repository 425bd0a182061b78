using System.Globalization;
using System.Text;
using PlanGen.Core.Document;

namespace PlanGen.Tests.Support;

/// <summary>
/// A readable text form of a layout tree, one line per node, indented by depth; used for
/// snapshot tests, so a template change shows up as a small diff. Bold is <c>**x**</c>, italic
/// <c>*x*</c>, a line break <c>↵</c>.
/// </summary>
internal static class LayoutDump
{
    /// <summary>The tree as text with <c>\n</c> line ends.</summary>
    public static string ToText(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var output = new StringBuilder();
        Line(output, 0, document.Landscape ? "document landscape" : "document");
        var p = document.Properties;
        if (p != LayoutProperties.Empty)
        {
            Line(output, 1, $"properties title=\"{p.Title}\" subject=\"{p.Subject}\" creator=\"{p.Creator}\" date={p.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        if (document.Header is { } header)
        {
            Line(output, 1, "header");
            if (header.Governing is not null)
            {
                Line(output, 2, "governing: " + Runs(header.Governing));
            }

            Line(output, 2, "issuer: " + Runs(header.Issuer));
            Line(output, 2, "number: " + Runs(header.Number));
            Line(output, 2, "place-date: " + Runs(header.PlaceDate));
        }

        if (document.Title is { } title)
        {
            Line(output, 1, $"title {title.Type}: {Runs(title.Subject)}");
        }

        foreach (var block in document.Body)
        {
            Block(output, 1, block);
        }

        if (document.Signing is { } signing)
        {
            Signing(output, signing);
        }

        foreach (var section in document.Attachments)
        {
            Attachment(output, section);
        }

        return output.ToString();
    }

    private static void Block(StringBuilder output, int depth, Block block)
    {
        switch (block)
        {
            case Paragraph paragraph:
                Line(output, depth, (paragraph.Kind == ParagraphKind.Basis ? "basis: " : "p: ") + Runs(paragraph.Runs));
                return;
            case Closing closing:
                Line(output, depth, "closing: " + Runs(closing.Runs));
                return;
            case Part part:
                Line(output, depth, Join("part", part.Number, part.Title));
                Children(output, depth, part.Children);
                return;
            case Clause clause:
                Line(output, depth, Join("clause", clause.Number, clause.Title));
                Children(output, depth, clause.Children);
                return;
            case Point point:
                Line(output, depth, Join("point", point.Label, point.Title));
                Children(output, depth, point.Children);
                return;
            case DashItem dash:
                Line(output, depth, "dash");
                Children(output, depth, dash.Children);
                return;
            case PlusItem plus:
                Line(output, depth, "plus");
                Children(output, depth, plus.Children);
                return;
            case TableBlock table:
                Table(output, depth, table);
                return;
            default:
                Line(output, depth, block.GetType().Name);
                return;
        }
    }

    private static void Children(StringBuilder output, int depth, IReadOnlyList<Block> children)
    {
        foreach (var child in children)
        {
            Block(output, depth + 1, child);
        }
    }

    private static void Signing(StringBuilder output, Signing signing)
    {
        Line(output, 1, "signing");
        foreach (var recipient in signing.Recipients)
        {
            Line(output, 2, "recipient: " + recipient);
        }

        foreach (var authority in signing.Authorities)
        {
            Line(output, 2, "authority: " + authority);
        }

        Line(output, 2, "name: " + signing.Name);
        if (signing.Note is not null)
        {
            Line(output, 2, "note: " + signing.Note);
        }
    }

    private static void Attachment(StringBuilder output, AttachedSection section)
    {
        var orientation = section.Orientation is { } o ? " " + o.ToString().ToLowerInvariant() : string.Empty;
        Line(output, 1, $"section{orientation} \"{section.Heading}\" title=\"{section.Title}\" reference=\"{section.Reference}\"");
        Children(output, 1, section.Blocks);
    }

    private static void Table(StringBuilder output, int depth, TableBlock table)
    {
        Line(output, depth, "table " + string.Join(" ", table.Columns.Select(c => (c.WidthPercent?.ToString(CultureInfo.InvariantCulture) ?? "*") + "%")));
        foreach (var row in table.HeaderRows.Concat(table.Rows))
        {
            var kind = row.Kind.ToString().ToLowerInvariant();
            var head = row.Number is null ? kind : kind + " " + row.Number;
            var keep = row.KeepWithNext ? " (keep with next)" : string.Empty;
            Line(output, depth + 1, head + keep + ": " + string.Join(" | ", row.Cells.Select(Cell)));
        }
    }

    private static string Cell(TableCell cell) =>
        cell.Span == 1 ? Runs(CellRuns(cell)) : Runs(CellRuns(cell)) + " (spans " + cell.Span.ToString(CultureInfo.InvariantCulture) + ")";

    // A template's cell is one paragraph; a read one's paragraphs are joined by line breaks.
    private static IReadOnlyList<InlineRun> CellRuns(TableCell cell) =>
        [.. cell.Paragraphs.SelectMany((p, i) => i == 0 ? p.Runs : [InlineRun.Break, .. p.Runs])];

    private static string Join(string kind, string number, string? title) =>
        title is null ? kind + " " + number : kind + " " + number + " " + title;

    private static string Runs(IReadOnlyList<InlineRun> runs)
    {
        var text = new StringBuilder();
        foreach (var run in runs)
        {
            var mark = run.IsBreak ? string.Empty : (run.Bold ? "**" : string.Empty) + (run.Italic ? "*" : string.Empty);
            text.Append(run.IsBreak ? "↵" : mark + run.Text + new string(mark.Reverse().ToArray()));
        }

        return text.ToString();
    }

    private static void Line(StringBuilder output, int depth, string text) =>
        output.Append(' ', depth * 2).Append(text).Append('\n');
}
