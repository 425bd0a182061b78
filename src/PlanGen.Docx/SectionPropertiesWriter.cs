using PlanGen.Core.Layout;

namespace PlanGen.Docx;

/// <summary>
/// Section properties: A4 with the profile's margins, the page-number header, for the body
/// section a different (empty) first-page header, since page 1 shows no number, and for the first
/// section of a document issued with another the page count started again at 1.
/// </summary>
internal static class SectionPropertiesWriter
{
    public static void Write(WmlWriter w, LayoutProfile p, SectionLayout section)
    {
        var (landscape, firstPageEmpty, restartNumbering) = section;
        w.Start("sectPr");
        HeaderReference(w, "default", PartIds.PageNumberHeaderRel);
        if (firstPageEmpty)
        {
            HeaderReference(w, "first", PartIds.EmptyHeaderRel);
        }

        var shortSide = Units.TwipsFromMm(p.PageWidthMm);
        var longSide = Units.TwipsFromMm(p.PageHeightMm);
        w.Start("pgSz");
        w.Attribute("w", landscape ? longSide : shortSide);
        w.Attribute("h", landscape ? shortSide : longSide);
        if (landscape)
        {
            w.Attribute("orient", "landscape");
        }

        w.End();
        w.Start("pgMar");
        w.Attribute("top", Units.TwipsFromMm(p.MarginTopMm));
        w.Attribute("right", Units.TwipsFromMm(p.MarginRightMm));
        w.Attribute("bottom", Units.TwipsFromMm(p.MarginBottomMm));
        w.Attribute("left", Units.TwipsFromMm(p.MarginLeftMm));
        w.Attribute("header", Units.TwipsFromMm(p.HeaderDistanceMm));
        w.Attribute("footer", Units.TwipsFromMm(p.HeaderDistanceMm));
        w.Attribute("gutter", 0);
        w.End();
        if (restartNumbering)
        {
            // A document issued with another counts its own pages, from 1.
            w.Start("pgNumType");
            w.Attribute("start", 1);
            w.End();
        }

        w.Start("cols");
        w.Attribute("space", "720");
        w.End();
        if (firstPageEmpty)
        {
            w.Empty("titlePg");
        }

        w.End();
    }

    /// <summary>A tiny paragraph that ends a section; Word keeps a section's properties in its last paragraph.</summary>
    public static void Break(WmlWriter w, LayoutProfile p, SectionLayout section)
    {
        w.Start("p");
        w.Start("pPr");
        w.Value("pStyle", StyleIds.ShortLine);
        Write(w, p, section);
        w.End();
        w.End();
    }

    private static void HeaderReference(WmlWriter w, string type, string relationshipId)
    {
        w.Start("headerReference");
        w.Attribute("type", type);
        w.RelationshipId(relationshipId);
        w.End();
    }
}
