using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx;

/// <summary>
/// Section properties: A4 with the profile's margins, the page-number header, and for the body
/// section a different (empty) first-page header, since page 1 shows no number.
/// </summary>
internal static class SectionBuilder
{
    public static SectionProperties Build(LayoutProfile p, bool landscape, bool firstPageEmpty)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = PartIds.PageNumberHeaderRel });
        if (firstPageEmpty)
        {
            section.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = PartIds.EmptyHeaderRel });
        }

        var shortSide = (uint)Units.TwipsFromMm(p.PageWidthMm);
        var longSide = (uint)Units.TwipsFromMm(p.PageHeightMm);
        section.Append(landscape
            ? new PageSize { Width = longSide, Height = shortSide, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = shortSide, Height = longSide });
        section.Append(new PageMargin
        {
            Top = Units.TwipsFromMm(p.MarginTopMm),
            Right = (uint)Units.TwipsFromMm(p.MarginRightMm),
            Bottom = Units.TwipsFromMm(p.MarginBottomMm),
            Left = (uint)Units.TwipsFromMm(p.MarginLeftMm),
            Header = (uint)Units.TwipsFromMm(p.HeaderDistanceMm),
            Footer = (uint)Units.TwipsFromMm(p.HeaderDistanceMm),
            Gutter = 0,
        });
        section.Append(new Columns { Space = "720" });
        if (firstPageEmpty)
        {
            section.Append(new TitlePage());
        }

        return section;
    }

    /// <summary>A tiny paragraph that ends a section; Word keeps a section's properties in its last paragraph.</summary>
    public static DocumentFormat.OpenXml.Wordprocessing.Paragraph Break(SectionProperties section)
    {
        var paragraph = Paragraphs.Empty(StyleIds.ShortLine);
        paragraph.ParagraphProperties!.SectionProperties = section;
        return paragraph;
    }
}
