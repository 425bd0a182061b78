using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Check;

namespace PlanGen.Docx.Fixing;

/// <summary>Paper, margins and fonts: values outside the range are brought to its nearest end.</summary>
internal static class PageFixes
{
    public static void Sections(Body body, CheckRanges ranges)
    {
        foreach (var section in body.Descendants<SectionProperties>())
        {
            var size = section.GetFirstChild<PageSize>() ?? section.AppendChild(new PageSize());
            var landscape = size.Orient?.Value == PageOrientationValues.Landscape || (size.Width?.Value ?? 0) > (size.Height?.Value ?? 1);
            var (shorter, longer) = (Twips(ranges["PageWidthMm"].Min), Twips(ranges["PageHeightMm"].Min));
            (size.Width, size.Height) = landscape ? ((uint)longer, (uint)shorter) : ((uint)shorter, (uint)longer);
            var margin = section.GetFirstChild<PageMargin>() ?? section.AppendChild(new PageMargin { Header = 567, Footer = 567, Gutter = 0 });
            margin.Top = Clamp(Math.Abs(margin.Top?.Value ?? 0), ranges["MarginTopMm"]);
            margin.Bottom = Clamp(Math.Abs(margin.Bottom?.Value ?? 0), ranges["MarginBottomMm"]);
            margin.Left = (uint)Clamp((int)(margin.Left?.Value ?? 0), ranges["MarginLeftMm"]);
            margin.Right = (uint)Clamp((int)(margin.Right?.Value ?? 0), ranges["MarginRightMm"]);
        }
    }

    /// <summary>Every font slot of the defaults, styles and runs becomes the decree's font; theme fonts are replaced.</summary>
    public static void Fonts(MainDocumentPart main, string font)
    {
        var styles = main.StyleDefinitionsPart?.Styles;
        if (styles is not null)
        {
            var defaults = styles.DocDefaults ??= new DocDefaults();
            var runDefaults = defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
            var baseStyle = runDefaults.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
            baseStyle.RunFonts = Fonts(font);
            foreach (var fonts in styles.Descendants<RunFonts>().ToList()) Replace(fonts, font);
        }

        foreach (var fonts in main.Document!.Descendants<RunFonts>().ToList()) Replace(fonts, font);
        foreach (var header in main.HeaderParts)
        {
            foreach (var fonts in header.Header!.Descendants<RunFonts>().ToList()) Replace(fonts, font);
        }
    }

    private static void Replace(RunFonts fonts, string font) => fonts.Parent!.ReplaceChild(Fonts(font), fonts);

    private static RunFonts Fonts(string font) => new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font };

    private static int Twips(double mm) => (int)Math.Round(mm / 25.4 * 1440);

    private static int Clamp(int twips, LayoutRange range) =>
        Math.Clamp(twips, Twips(range.Min), Twips(range.Max));
}
