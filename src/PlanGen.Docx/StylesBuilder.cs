using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx;

/// <summary>
/// Builds styles.xml: the font in all four slots of the defaults and of every style, and one
/// named paragraph style per kind of paragraph, so the formatting lives in styles rather than in
/// each run.
/// </summary>
internal static class StylesBuilder
{
    public static Styles Build(LayoutProfile p)
    {
        var styles = new Styles();
        styles.Append(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle
            {
                RunFonts = Fonts(p),
                Color = new Color { Val = "000000" },
                FontSize = new FontSize { Val = Units.HalfPoints(p.BodySizePt) },
                FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(p.BodySizePt) },
                Languages = new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" },
            }),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            })));

        styles.Append(new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle(),
            new StyleRunProperties(Fonts(p)))
        { Type = StyleValues.Paragraph, StyleId = StyleIds.Normal, Default = true });

        foreach (var spec in Specs(p))
        {
            styles.Append(ToStyle(spec, p));
        }

        return styles;
    }

    private static IEnumerable<StyleSpec> Specs(LayoutProfile p)
    {
        var indent = Units.TwipsFromCm(p.FirstLineIndentCm);
        var after = Units.TwipsFromPt(p.SpaceAfterPt);
        var body = new StyleSpec(StyleIds.Body, "Body", p.BodySizePt)
        {
            Alignment = JustificationValues.Both,
            FirstLineTwips = indent,
            SpaceAfterTwips = after,
            LineSpacing = p.LineSpacing,
        };
        yield return body;
        yield return body with { Id = StyleIds.Basis, Name = "Basis", Italic = true };
        yield return body with { Id = StyleIds.PartHeading, Name = "Part Heading", Bold = true, Caps = true, KeepNext = true, OutlineLevel = 0 };
        yield return body with { Id = StyleIds.ClauseHeading, Name = "Clause Heading", Bold = true, KeepNext = true, OutlineLevel = 1 };
        yield return body with { Id = StyleIds.Closing, Name = "Closing" };

        yield return new StyleSpec(StyleIds.Governing, "Header Governing Body", p.GoverningSizePt) { Caps = true };
        yield return new StyleSpec(StyleIds.Issuer, "Header Issuing Body", p.IssuerSizePt) { Bold = true, Caps = true };
        yield return new StyleSpec(StyleIds.Number, "Header Number", p.NumberSizePt) { SpaceBeforeTwips = 120 };
        yield return new StyleSpec(StyleIds.NationalTitle, "National Title", p.NationalTitleSizePt) { Bold = true, Caps = true };
        yield return new StyleSpec(StyleIds.Motto, "Motto", p.MottoSizePt) { Bold = true };
        yield return new StyleSpec(StyleIds.PlaceDate, "Place and Date", p.PlaceDateSizePt) { Italic = true, SpaceBeforeTwips = 120 };
        yield return new StyleSpec(StyleIds.ShortLine, "Short Line", 2);

        yield return new StyleSpec(StyleIds.DocumentType, "Document Type", p.DocumentTypeSizePt) { Bold = true, Caps = true, SpaceBeforeTwips = 360, KeepNext = true };
        yield return new StyleSpec(StyleIds.Subject, "Subject", p.SubjectSizePt) { Bold = true, KeepNext = true };

        yield return new StyleSpec(StyleIds.RecipientsHeading, "Recipients Heading", p.RecipientsHeadingSizePt)
        { Bold = true, Italic = true, Alignment = JustificationValues.Left, SpaceBeforeTwips = 120 };
        yield return new StyleSpec(StyleIds.Recipient, "Recipient", p.RecipientsSizePt) { Alignment = JustificationValues.Left };
        yield return new StyleSpec(StyleIds.SignatureAuthority, "Signature Authority", p.SignatureSizePt) { Bold = true, Caps = true };
        yield return new StyleSpec(StyleIds.SignatureName, "Signature Name", p.SignatureSizePt) { Bold = true };
        yield return new StyleSpec(StyleIds.SignatureNote, "Signature Note", p.SignatureSizePt) { Italic = true };

        yield return new StyleSpec(StyleIds.AppendixHeading, "Appendix Heading", p.BodySizePt) { Bold = true, KeepNext = true, OutlineLevel = 0 };
        yield return new StyleSpec(StyleIds.AppendixTitle, "Appendix Title", p.BodySizePt) { Bold = true, KeepNext = true };
        yield return new StyleSpec(StyleIds.AppendixReference, "Appendix Reference", p.BodySizePt) { Italic = true, SpaceAfterTwips = 240 };
        // Left-aligned: justified text in narrow cells stretches unit names apart ("Ban     ATGT").
        var cell = new StyleSpec(StyleIds.TableText, "Table Text", p.TableSizePt)
        { Alignment = JustificationValues.Left, SpaceBeforeTwips = 40, SpaceAfterTwips = 40 };
        yield return cell;
        yield return cell with { Id = StyleIds.TableHeader, Name = "Table Header", Bold = true, Alignment = JustificationValues.Center };
        yield return cell with { Id = StyleIds.TableNumber, Name = "Table Number", Alignment = JustificationValues.Center };
        // A group row keeps with the row after it, so a group title never ends a page alone.
        yield return cell with { Id = StyleIds.TableGroup, Name = "Table Group", Bold = true, Alignment = JustificationValues.Left, KeepNext = true };
        yield return new StyleSpec(StyleIds.PageNumber, "Page Number", p.PageNumberSizePt);
    }

    private static Style ToStyle(StyleSpec spec, LayoutProfile p)
    {
        var paragraph = new StyleParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = Units.Text(spec.SpaceBeforeTwips),
                After = Units.Text(spec.SpaceAfterTwips),
                Line = Units.Lines(spec.LineSpacing),
                LineRule = LineSpacingRuleValues.Auto,
            },
            Indentation = new Indentation { FirstLine = Units.Text(spec.FirstLineTwips) },
            Justification = new Justification { Val = spec.Alignment },
        };
        if (spec.KeepNext)
        {
            paragraph.KeepNext = new KeepNext();
        }

        if (spec.OutlineLevel is int level)
        {
            paragraph.OutlineLevel = new OutlineLevel { Val = level };
        }

        var run = new StyleRunProperties
        {
            RunFonts = Fonts(p),
            FontSize = new FontSize { Val = Units.HalfPoints(spec.SizePt) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(spec.SizePt) },
        };
        if (spec.Bold)
        {
            run.Bold = new Bold();
            run.BoldComplexScript = new BoldComplexScript();
        }

        if (spec.Italic)
        {
            run.Italic = new Italic();
            run.ItalicComplexScript = new ItalicComplexScript();
        }

        if (spec.Caps)
        {
            run.Caps = new Caps();
        }

        return new Style(
            new StyleName { Val = spec.Name },
            new BasedOn { Val = StyleIds.Normal },
            new PrimaryStyle(),
            paragraph,
            run)
        { Type = StyleValues.Paragraph, StyleId = spec.Id, CustomStyle = true };
    }

    public static RunFonts Fonts(LayoutProfile p) =>
        new() { Ascii = p.FontName, HighAnsi = p.FontName, EastAsia = p.FontName, ComplexScript = p.FontName };
}
