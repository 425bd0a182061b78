using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Check;

/// <summary>
/// Every footnote reference has its note, and a note is printed smaller than the text that refers
/// to it (12 pt beside a 14 pt body), as the offices print them; notes are numbered in reading order.
/// </summary>
internal sealed class FootnoteRule : ICheckRule
{
    public void Check(DocumentCheckContext context)
    {
        var number = 0;
        foreach (var (paragraph, _, _) in context.Outline.Paragraphs)
        {
            for (var i = 0; i < paragraph.Runs.Count; i++)
            {
                if (paragraph.Runs[i].Footnote is not { } note)
                {
                    continue;
                }
                number++;
                var label = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (note.Runs.Count == 0)
                {
                    context.At(paragraph, DiagnosticCode.CheckFootnoteMissing, label);
                    continue;
                }
                var noteSize = Sizes(note.Runs, note.Format).DefaultIfEmpty().Max();
                var textSize = Sizes(paragraph.Runs, paragraph.Format).DefaultIfEmpty().Min();
                if (noteSize > 0 && textSize > 0 && noteSize >= textSize - DocumentCheckContext.SizeTolerance)
                {
                    context.At(paragraph, DiagnosticCode.CheckFootnoteSize, label, DocumentCheckContext.FirstWords(note.Text),
                        LayoutRange.Measure(noteSize), LayoutRange.Measure(textSize));
                }
            }
        }
    }

    // The sizes of the runs that print words; a reference or a blank says nothing of the size.
    private static IEnumerable<double> Sizes(IReadOnlyList<InlineRun> runs, ParagraphFormat? format) =>
        format is null ? [] : format.Runs
            .Where((f, i) => i < runs.Count && runs[i].Footnote is null && runs[i].Text.Trim().Length > 0 && f.SizePt is not null)
            .Select(f => f.SizePt!.Value);
}
