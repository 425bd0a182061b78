using PlanGen.Core.Layout;

namespace PlanGen.Docx;

/// <summary>
/// Writes styles.xml: the font in all four slots of the defaults and of every style, and one
/// named paragraph style per kind of paragraph, so the formatting lives in styles rather than in
/// each run.
/// </summary>
internal static class StylesBuilder
{
    /// <summary>styles.xml; with <paramref name="footnotes"/> also the footnote text and reference styles.</summary>
    public static void Write(WmlWriter w, LayoutProfile p, bool footnotes = false)
    {
        w.StartRoot("styles");
        w.Start("docDefaults");
        w.Start("rPrDefault");
        w.Start("rPr");
        Fonts(w, p);
        w.Value("color", "000000");
        FontSize(w, p.BodySizePt);
        w.Start("lang");
        w.Attribute("val", "vi-VN");
        w.Attribute("eastAsia", "vi-VN");
        w.Attribute("bidi", "ar-SA");
        w.End();
        w.End();
        w.End();
        w.Start("pPrDefault");
        w.Start("pPr");
        w.Start("spacing");
        w.Attribute("after", "0");
        w.Attribute("line", "240");
        w.Attribute("lineRule", "auto");
        w.End();
        w.End();
        w.End();
        w.End();

        w.Start("style");
        w.Attribute("type", "paragraph");
        w.Attribute("styleId", StyleIds.Normal);
        w.Attribute("default", "true");
        w.Value("name", "Normal");
        w.Empty("qFormat");
        w.Start("rPr");
        Fonts(w, p);
        w.End();
        w.End();

        foreach (var spec in Specs(p))
        {
            Style(w, spec, p);
        }

        if (footnotes)
        {
            Style(w, new StyleSpec(StyleIds.FootnoteText, "footnote text", FootnotesWriter.SizePt(p)) { Alignment = "both" }, p);
            FootnoteReference(w);
        }

        w.End();
    }

    // The number in the text and before the note: raised, at the size of the text around it.
    private static void FootnoteReference(WmlWriter w)
    {
        w.Start("style");
        w.Attribute("type", "character");
        w.Attribute("styleId", StyleIds.FootnoteReference);
        w.Value("name", "footnote reference");
        w.Start("rPr");
        w.Value("vertAlign", "superscript");
        w.End();
        w.End();
    }

    private static IEnumerable<StyleSpec> Specs(LayoutProfile p)
    {
        var indent = Units.TwipsFromCm(p.FirstLineIndentCm);
        var after = Units.TwipsFromPt(p.SpaceAfterPt);
        var body = new StyleSpec(StyleIds.Body, "Body", p.BodySizePt)
        {
            Alignment = "both",
            FirstLineTwips = indent,
            SpaceAfterTwips = after,
            LineSpacing = p.LineSpacing,
        };
        yield return body;
        yield return body with { Id = StyleIds.Basis, Name = "Basis", Italic = true };
        // Kính gửi stands centred between the title and the body, upright, at the body's size.
        yield return body with { Id = StyleIds.Addressee, Name = "Addressee", Alignment = "center", FirstLineTwips = 0, SpaceBeforeTwips = 120 };
        // A decision's authority and its "QUYẾT ĐỊNH:" stand centred in bold between the title and the body (Form 1.3).
        yield return body with { Id = StyleIds.CentredHeading, Name = "Centred Heading", Alignment = "center", FirstLineTwips = 0, Bold = true, KeepNext = true, SpaceBeforeTwips = 120 };
        yield return body with { Id = StyleIds.PartHeading, Name = "Part Heading", Bold = true, Caps = true, KeepNext = true, OutlineLevel = 0 };
        yield return body with { Id = StyleIds.ClauseHeading, Name = "Clause Heading", Bold = true, KeepNext = true, OutlineLevel = 1 };
        // The closing sentence goes to the page of the signing block and is never split, so the
        // signature never stands alone on a page (Word and LibreOffice honour both).
        yield return body with { Id = StyleIds.Closing, Name = "Closing", KeepNext = true, KeepLines = true };

        yield return new StyleSpec(StyleIds.Governing, "Header Governing Body", p.GoverningSizePt) { Caps = true };
        yield return new StyleSpec(StyleIds.Issuer, "Header Issuing Body", p.IssuerSizePt) { Bold = true, Caps = true };
        yield return new StyleSpec(StyleIds.Number, "Header Number", p.NumberSizePt) { SpaceBeforeTwips = 120 };
        yield return new StyleSpec(StyleIds.NationalTitle, "National Title", p.NationalTitleSizePt) { Bold = true, Caps = true };
        yield return new StyleSpec(StyleIds.Motto, "Motto", p.MottoSizePt) { Bold = true };
        yield return new StyleSpec(StyleIds.PlaceDate, "Place and Date", p.PlaceDateSizePt) { Italic = true, SpaceBeforeTwips = 120 };
        yield return new StyleSpec(StyleIds.ShortLine, "Short Line", 2);
        // A công văn's "V/v …" under its number, in the header's left column (Form 1.5: 12–13 pt).
        yield return new StyleSpec(StyleIds.LetterSubject, "Letter Subject", p.LetterSubjectSizePt) { SpaceBeforeTwips = 60 };

        yield return new StyleSpec(StyleIds.DocumentType, "Document Type", p.DocumentTypeSizePt) { Bold = true, Caps = true, SpaceBeforeTwips = 360, KeepNext = true };
        yield return new StyleSpec(StyleIds.Subject, "Subject", p.SubjectSizePt) { Bold = true, KeepNext = true };

        yield return new StyleSpec(StyleIds.RecipientsHeading, "Recipients Heading", p.RecipientsHeadingSizePt)
        { Bold = true, Italic = true, Alignment = "left", SpaceBeforeTwips = 120 };
        yield return new StyleSpec(StyleIds.Recipient, "Recipient", p.RecipientsSizePt) { Alignment = "left" };
        yield return new StyleSpec(StyleIds.SignatureAuthority, "Signature Authority", p.SignatureSizePt) { Bold = true, Caps = true };
        yield return new StyleSpec(StyleIds.SignatureName, "Signature Name", p.SignatureSizePt) { Bold = true };
        yield return new StyleSpec(StyleIds.SignatureNote, "Signature Note", p.SignatureSizePt) { Italic = true };

        yield return new StyleSpec(StyleIds.AppendixHeading, "Appendix Heading", p.BodySizePt) { Bold = true, KeepNext = true, OutlineLevel = 0 };
        yield return new StyleSpec(StyleIds.AppendixTitle, "Appendix Title", p.BodySizePt) { Bold = true, KeepNext = true };
        yield return new StyleSpec(StyleIds.AppendixReference, "Appendix Reference", p.BodySizePt) { Italic = true, SpaceAfterTwips = 240 };
        // Left-aligned: justified text in narrow cells stretches unit names apart ("Ban     ATGT").
        var cell = new StyleSpec(StyleIds.TableText, "Table Text", p.TableSizePt)
        { Alignment = "left", SpaceBeforeTwips = 40, SpaceAfterTwips = 40 };
        yield return cell;
        yield return cell with { Id = StyleIds.TableHeader, Name = "Table Header", Bold = true, Alignment = "center" };
        yield return cell with { Id = StyleIds.TableNumber, Name = "Table Number", Alignment = "center" };
        // A group row keeps with the row after it, so a group title never ends a page alone.
        yield return cell with { Id = StyleIds.TableGroup, Name = "Table Group", Bold = true, Alignment = "left", KeepNext = true };
        yield return new StyleSpec(StyleIds.PageNumber, "Page Number", p.PageNumberSizePt);
    }

    private static void Style(WmlWriter w, StyleSpec spec, LayoutProfile p)
    {
        w.Start("style");
        w.Attribute("type", "paragraph");
        w.Attribute("styleId", spec.Id);
        w.Attribute("customStyle", "true");
        w.Value("name", spec.Name);
        w.Value("basedOn", StyleIds.Normal);
        w.Empty("qFormat");

        w.Start("pPr");
        if (spec.KeepNext)
        {
            w.Empty("keepNext");
        }

        if (spec.KeepLines)
        {
            w.Empty("keepLines");
        }

        w.Start("spacing");
        w.Attribute("before", spec.SpaceBeforeTwips);
        w.Attribute("after", spec.SpaceAfterTwips);
        w.Attribute("line", Units.Lines(spec.LineSpacing));
        w.Attribute("lineRule", "auto");
        w.End();
        w.Start("ind");
        w.Attribute("firstLine", spec.FirstLineTwips);
        w.End();
        w.Value("jc", spec.Alignment);
        if (spec.OutlineLevel is int level)
        {
            w.Value("outlineLvl", Units.Text(level));
        }

        w.End();

        w.Start("rPr");
        Fonts(w, p);
        if (spec.Bold)
        {
            w.Empty("b");
            w.Empty("bCs");
        }

        if (spec.Italic)
        {
            w.Empty("i");
            w.Empty("iCs");
        }

        if (spec.Caps)
        {
            w.Empty("caps");
        }

        FontSize(w, spec.SizePt);
        w.End();
        w.End();
    }

    /// <summary>The font in all four slots, so Vietnamese letters never fall back to another font.</summary>
    private static void Fonts(WmlWriter w, LayoutProfile p)
    {
        w.Start("rFonts");
        w.Attribute("ascii", p.FontName);
        w.Attribute("hAnsi", p.FontName);
        w.Attribute("eastAsia", p.FontName);
        w.Attribute("cs", p.FontName);
        w.End();
    }

    private static void FontSize(WmlWriter w, double sizePt)
    {
        w.Value("sz", Units.HalfPoints(sizePt));
        w.Value("szCs", Units.HalfPoints(sizePt));
    }
}
