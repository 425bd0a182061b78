using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;

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
        var parts = context.Parts;
        if (parts.IssuedWith is not { } caption) return;
        if (caption.Paragraph.Format?.Alignment != TextAlignment.Center || !caption.Italic)
        {
            context.At(caption.Paragraph, DiagnosticCode.CheckIssuedCaption, DocumentCheckContext.FirstWords(caption.Text));
        }

        // Only a DOCX says where its sections start and how they count their pages.
        var pages = context.Document.Pages;
        if (parts.IssuedTitle is not { } title || context.Document.Source?.Format != SourceFormat.Docx || parts.IssuedSection < 0 || parts.IssuedSection >= pages.Count) return;
        var opensSection = parts.Paragraphs.TakeWhile(p => !ReferenceEquals(p.Paragraph, title.Paragraph)).All(p => p.Section < parts.IssuedSection
            || p.Paragraph.Text.Trim().Length == 0);
        if (parts.IssuedSection == 0 || !opensSection || pages[parts.IssuedSection].NumberedFrom != 1)
        {
            context.At(title.Paragraph, DiagnosticCode.CheckIssuedPages, DocumentCheckContext.FirstWords(title.Text));
        }
    }
}
