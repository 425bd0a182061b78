using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Check;
using PlanGen.Core.Document.Reading;
using PlanGen.Core.Layout;

namespace PlanGen.Docx.Fixing;

/// <summary>
/// Page numbers as the decree asks: when no header of pages 2+ holds a PAGE field, every section
/// gets a centred PAGE header and page 1 an empty one ("different first page"); when they are
/// there but in a size outside the decree's (a document typed in 12 pt), they take its size.
/// </summary>
internal static class PageNumberFixes
{
    public static void Apply(MainDocumentPart main, Body body, LayoutProfile profile, PlanGen.Core.Document.LayoutDocument document, LayoutRange sizes)
    {
        var sections = body.Descendants<SectionProperties>().ToList();
        if (sections.Count == 0) return;
        var numbered = sections.All(s => HeaderOf(main, s, HeaderFooterValues.Default)?.Descendants().Any(IsPageField) == true);
        var firstEmpty = HeaderOf(main, sections[0], HeaderFooterValues.First)?.Descendants().Any(IsPageField) != true;
        if (numbered && firstEmpty && sections[0].GetFirstChild<TitlePage>() is not null)
        {
            Resize(main, sections, profile, document, sizes);
            return;
        }

        var pageHeader = main.AddNewPart<HeaderPart>();
        pageHeader.Header = new Header(PageParagraph(profile));
        var emptyHeader = main.AddNewPart<HeaderPart>();
        emptyHeader.Header = new Header(new Paragraph());
        var pageId = main.GetIdOfPart(pageHeader);
        var emptyId = main.GetIdOfPart(emptyHeader);
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            foreach (var reference in section.Elements<HeaderReference>().ToList()) reference.Remove();
            // Header references come first in a section's properties.
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = pageId });
            if (i == 0)
            {
                section.PrependChild(new HeaderReference { Type = HeaderFooterValues.First, Id = emptyId });
                if (section.GetFirstChild<TitlePage>() is null) InsertTitlePage(section);
            }
        }
    }

    // The check reads each run's size through styles and defaults; where one is outside the range,
    // every run of the page-number paragraphs gets the decree's size written on it.
    private static void Resize(MainDocumentPart main, List<SectionProperties> sections, LayoutProfile profile, PlanGen.Core.Document.LayoutDocument document, LayoutRange sizes)
    {
        var wrong = document.Pages.SelectMany(s => s.DefaultHeader).Where(p => p.Fields.Contains("PAGE"))
            .Any(p => p.Format?.Runs.Any(r => !sizes.Allows(r.SizePt ?? 10, DocumentCheckContext.SizeTolerance)) == true);
        if (!wrong) return;
        var half = Half(profile.PageNumberSizePt);
        var headers = sections.Select(s => HeaderOf(main, s, HeaderFooterValues.Default)).OfType<Header>().Distinct();
        foreach (var paragraph in headers.SelectMany(h => h.Descendants<Paragraph>()).Where(p => p.Descendants().Any(IsPageField)))
        {
            foreach (var run in paragraph.Descendants<Run>())
            {
                var properties = run.RunProperties ??= new RunProperties();
                properties.FontSize = new FontSize { Val = half };
                properties.FontSizeComplexScript = new FontSizeComplexScript { Val = half };
            }
        }
    }

    private static string Half(double sizePt) => ((int)Math.Round(sizePt * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Header? HeaderOf(MainDocumentPart main, SectionProperties section, HeaderFooterValues type)
    {
        var id = section.Elements<HeaderReference>().FirstOrDefault(r => r.Type?.Value == type)?.Id?.Value;
        return id is not null && main.TryGetPartById(id, out var part) && part is HeaderPart header ? header.Header : null;
    }

    private static bool IsPageField(OpenXmlElement element) =>
        (element is FieldCode code && code.Text.Trim().StartsWith("PAGE", StringComparison.OrdinalIgnoreCase) && !code.Text.Contains("NUMPAGES", StringComparison.OrdinalIgnoreCase))
        || (element is SimpleField field && field.Instruction?.Value?.Trim().StartsWith("PAGE", StringComparison.OrdinalIgnoreCase) == true);

    private static Paragraph PageParagraph(LayoutProfile profile)
    {
        var half = Half(profile.PageNumberSizePt);
        RunProperties Look() => new(new RunFonts { Ascii = profile.FontName, HighAnsi = profile.FontName, EastAsia = profile.FontName, ComplexScript = profile.FontName }, new FontSize { Val = half });
        return new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(Look(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(Look(), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Look(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(Look(), new Text("2")),
            new Run(Look(), new FieldChar { FieldCharType = FieldCharValues.End }));
    }

    // Schema order: titlePg comes after the page set-up elements and before textDirection and later ones.
    private static void InsertTitlePage(SectionProperties section)
    {
        var after = section.Elements().LastOrDefault(e => e is HeaderReference or FooterReference or FootnoteProperties or EndnoteProperties
            or SectionType or PageSize or PageMargin or PaperSource or PageBorders or LineNumberType or PageNumberType or Columns or FormProtection or VerticalTextAlignmentOnPage or NoEndnote);
        if (after is null) section.PrependChild(new TitlePage());
        else after.InsertAfterSelf(new TitlePage());
    }
}
