using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;

namespace PlanGen.Core.Check;

/// <summary>Page numbers: a PAGE field centred in the header of every page but the first, size 13–14.</summary>
internal sealed class PageNumberRule : ICheckRule
{
    private const string Place = "header of page 2+";

    public void Check(DocumentCheckContext context)
    {
        var sections = context.Document.Pages;
        if (sections.Count == 0) return;
        var first = sections[0];
        if (!first.DefaultHeader.Any(HasPage))
        {
            context.AtPlace(Place, DiagnosticCode.CheckPageNumbers, MessageWord.PageNumbers.Missing);
            return;
        }

        if (!first.TitlePage || first.FirstPageHeader.Any(HasPage))
        {
            context.AtPlace("header of page 1", DiagnosticCode.CheckPageNumbers, MessageWord.PageNumbers.First);
        }

        foreach (var paragraph in sections.SelectMany(s => s.DefaultHeader).Distinct().Where(HasPage))
        {
            if (paragraph.Format?.Alignment != TextAlignment.Center)
            {
                context.AtPlace(Place, DiagnosticCode.CheckPageNumbers, MessageWord.PageNumbers.Center);
            }

            var range = context.Ranges["PageNumberSizePt"];
            var sizes = paragraph.Format?.Runs.Select(r => r.SizePt ?? 10).Where(size => !range.Allows(size, DocumentCheckContext.SizeTolerance)).ToList() ?? [];
            if (sizes.Count > 0)
            {
                context.AtPlace(Place, DiagnosticCode.CheckPageNumbers, MessageWord.PageNumbers.Size.With(range.ToString()));
            }
        }
    }

    private static bool HasPage(Paragraph paragraph) => paragraph.Fields.Contains("PAGE");
}
