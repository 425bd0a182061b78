using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Check;

/// <summary>An appendix: caption centred and bold, "(Kèm theo …)" in italics, header row repeated, landscape when wide.</summary>
internal sealed class AppendixRule : ICheckRule
{
    public void Check(DocumentCheckContext context)
    {
        // The plan a decision issues has its appendix after it, as a plan alone does.
        foreach (var document in context.Outline.Documents) Check(context, document);
    }

    private static void Check(DocumentCheckContext context, DocumentOutline outline)
    {
        if (outline.AppendixCaption is not { } caption) return;
        var words = DocumentCheckContext.FirstWords(caption.Text);
        if (caption.Paragraph.Format?.Alignment != TextAlignment.Center || !caption.Bold)
        {
            context.OnParagraph(caption.Paragraph, DiagnosticCode.CheckAppendix, words, MessageWord.Appendix.Caption);
        }

        if (outline.AppendixReference is not { } reference)
        {
            context.OnParagraph(caption.Paragraph, DiagnosticCode.CheckAppendix, words, MessageWord.Appendix.Reference);
        }
        else if (!reference.Italic)
        {
            context.OnParagraph(reference.Paragraph, DiagnosticCode.CheckAppendix, DocumentCheckContext.FirstWords(reference.Text), MessageWord.Appendix.Reference);
        }

        foreach (var (table, section) in outline.AppendixTables)
        {
            var firstRow = table.AllRows.FirstOrDefault();
            var firstCell = firstRow is { Cells.Count: > 0 } ? firstRow.Cells[0] : null;
            var place = DocumentCheckContext.FirstWords(firstCell?.Text ?? "");
            var header = firstCell?.Blocks.OfType<Paragraph>().FirstOrDefault();
            if (table.AllRows.Count() > 1 && table.HeaderRows.Count == 0 && header is not null)
            {
                context.At(header, DiagnosticCode.CheckTableHeaderRow, place);
            }

            var columns = table.AllRows.Select(r => r.Cells.Sum(c => c.Span)).DefaultIfEmpty(0).Max();
            if (columns >= context.Ranges.LandscapeMinColumns && !context.Document.Pages[section].Landscape && header is not null)
            {
                context.At(header, DiagnosticCode.CheckAppendixPortrait, place, columns.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
