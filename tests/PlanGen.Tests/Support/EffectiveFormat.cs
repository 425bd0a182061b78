using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Tests.Support;

/// <summary>
/// Resolves what a reader sees — bold, italic, size, alignment — through direct formatting, the
/// paragraph style and its basedOn chain, then the document defaults.
/// </summary>
internal sealed class EffectiveFormat
{
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly string? _defaultSize;

    public EffectiveFormat(MainDocumentPart main)
    {
        var styles = main.StyleDefinitionsPart?.Styles;
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _styles[id] = style;
            }
        }

        _defaultSize = styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value;
    }

    public static string StyleId(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";

    public string Alignment(Paragraph paragraph)
    {
        var direct = paragraph.ParagraphProperties?.Justification?.Val;
        if (direct is not null)
        {
            return direct.InnerText ?? "left";
        }

        foreach (var style in Chain(StyleId(paragraph)))
        {
            if (style.StyleParagraphProperties?.Justification?.Val is { } value)
            {
                return value.InnerText ?? "left";
            }
        }

        return "left";
    }

    public (bool Bold, bool Italic, double SizePt) Run(Paragraph paragraph, Run run)
    {
        var direct = run.RunProperties;
        bool? bold = On(direct?.Bold?.Val);
        bool? italic = On(direct?.Italic?.Val);
        var size = direct?.FontSize?.Val?.Value;
        if (direct?.Bold is null)
        {
            bold = null;
        }

        if (direct?.Italic is null)
        {
            italic = null;
        }

        foreach (var style in Chain(StyleId(paragraph)))
        {
            var properties = style.StyleRunProperties;
            bold ??= properties?.Bold is null ? null : On(properties.Bold.Val);
            italic ??= properties?.Italic is null ? null : On(properties.Italic.Val);
            size ??= properties?.FontSize?.Val?.Value;
        }

        size ??= _defaultSize ?? "20";
        return (bold ?? false, italic ?? false, double.Parse(size, System.Globalization.CultureInfo.InvariantCulture) / 2);
    }

    private static bool On(DocumentFormat.OpenXml.OnOffValue? value) => value is null || value.Value;

    private IEnumerable<Style> Chain(string styleId)
    {
        var seen = 0;
        var id = styleId;
        while (id is not null && seen++ < 20 && _styles.TryGetValue(id, out var style))
        {
            yield return style;
            id = style.BasedOn?.Val?.Value;
        }
    }
}
