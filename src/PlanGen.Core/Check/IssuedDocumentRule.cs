using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Check;

/// <summary>
/// A plan printed after the decision that issues it (Form 1.3): the "(Ban hành kèm theo …)" line
/// centred in italics under its title, and its pages a section of their own, numbered from 1 again.
/// A plan filed apart from its decision is held to the line alone.
/// </summary>
internal sealed class IssuedDocumentRule : ICheckRule
{
    public void Check(DocumentCheckContext context)
    {
        var outline = context.Outline;
        if (outline.IssuedWith is not { } caption) return;
        if (caption.Paragraph.Format?.Alignment != TextAlignment.Center || !caption.Italic)
        {
            context.At(caption.Paragraph, DiagnosticCode.CheckIssuedCaption, DocumentCheckContext.FirstWords(caption.Text));
        }

        // Only a DOCX says where its sections start and how they count their pages.
        var pages = context.Document.Pages;
        if (outline.IssuedTitle is not { } title || context.Document.Source?.Format != SourceFormat.Docx || outline.IssuedSection < 0 || outline.IssuedSection >= pages.Count) return;
        var opensSection = outline.Paragraphs.TakeWhile(p => !ReferenceEquals(p.Paragraph, title.Paragraph)).All(p => p.Section < outline.IssuedSection
            || p.Paragraph.Text.Trim().Length == 0);
        if (outline.IssuedSection == 0 || !opensSection || pages[outline.IssuedSection].NumberedFrom != 1)
        {
            context.At(title.Paragraph, DiagnosticCode.CheckIssuedPages, DocumentCheckContext.FirstWords(title.Text));
        }
    }
}
