using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Core.Text;

namespace PlanGen.Core.Import;

/// <summary>
/// A read document's footnotes as a clerk writes them in YAML: each reference becomes the text
/// <c>[^n]</c> where it stands, n counting the notes in reading order, and the notes become the
/// document's <c>footnotes:</c> list in that order, their emphasis written as <c>**…**</c>/<c>*…*</c>.
/// The recognizers then read the references as part of the text they follow.
/// </summary>
internal static class FootnoteImport
{
    /// <summary>How many footnote references <paramref name="blocks"/> hold.</summary>
    public static int References(IEnumerable<Block> blocks) =>
        DocumentWalk.Paragraphs(blocks).Sum(p => p.Runs.Count(r => r.Footnote is not null));

    public static (LayoutDocument Document, IReadOnlyList<string> Notes) Mark(LayoutDocument document)
    {
        if (!DocumentWalk.Paragraphs(document.Body).Any(p => p.Runs.Any(r => r.Footnote is not null)))
        {
            return (document, []);
        }
        var notes = new List<string>();
        var body = document.Body.Select(b => Block(b, notes)).ToList();
        return (document with { Body = body }, notes);
    }

    private static Block Block(Block block, List<string> notes) => block switch
    {
        Paragraph paragraph when paragraph.Runs.Any(r => r.Footnote is not null) => paragraph with { Runs = Runs(paragraph.Runs, notes) },
        TableBlock table => table with { HeaderRows = Rows(table.HeaderRows, notes), Rows = Rows(table.Rows, notes) },
        _ => block,
    };

    private static List<TableRow> Rows(IReadOnlyList<TableRow> rows, List<string> notes) =>
        [.. rows.Select(row => row with { Cells = [.. row.Cells.Select(cell => cell with { Blocks = [.. cell.Blocks.Select(b => Block(b, notes))] })] })];

    // The reference takes the emphasis of nothing: it is a run of its own, so the marked text
    // around it keeps its ** and * balanced.
    private static List<InlineRun> Runs(IReadOnlyList<InlineRun> runs, List<string> notes)
    {
        var result = new List<InlineRun>(runs.Count);
        foreach (var run in runs)
        {
            if (run.Footnote is { } note)
            {
                notes.Add(UnicodeNormalization.ToNfc(MarkedText.Format(note.Runs)).Trim());
                result.Add(new InlineRun(FootnoteMarks.Format(notes.Count)));
            }
            else
            {
                result.Add(run);
            }
        }
        return result;
    }
}
