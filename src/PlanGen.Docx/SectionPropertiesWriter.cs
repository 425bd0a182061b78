using PlanGen.Core.Layout;

namespace PlanGen.Docx;

/// <summary>
/// Section properties: A4 with the profile's margins, the page-number header, and for the body
/// section a different (empty) first-page header, since page 1 shows no number.
/// </summary>
internal static class SectionPropertiesWriter
{
    public static void Write(WmlWriter w, LayoutProfile p, bool landscape, bool firstPageEmpty)
    {
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
    public static void Break(WmlWriter w, LayoutProfile p, bool landscape, bool firstPageEmpty)
    {
        w.Start("p");
        w.Start("pPr");
        w.Value("pStyle", StyleIds.ShortLine);
        Write(w, p, landscape, firstPageEmpty);
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
