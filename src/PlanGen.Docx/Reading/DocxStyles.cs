using System.Xml.Linq;
using static PlanGen.Docx.Reading.Wml;

namespace PlanGen.Docx.Reading;

/// <summary>
/// The style sheet of a DOCX: document defaults, styles with their basedOn chains, and the theme's
/// fonts, so a paragraph's and a run's effective formatting can be resolved layer by layer.
/// </summary>
internal sealed class DocxStyles
{
    private const int MaxChain = 32;
    private readonly Dictionary<string, XElement> _styles = new(StringComparer.Ordinal);
    private readonly XElement? _defaultParagraphProperties;
    private readonly XElement? _defaultRunProperties;
    private readonly string? _defaultParagraphStyle;
    private readonly string? _defaultCharacterStyle;
    private readonly string? _defaultTableStyle;
    private readonly Dictionary<string, string> _themeFonts;

    public DocxStyles(XDocument? styles, XDocument? theme)
    {
        var root = styles?.Root;
        foreach (var style in root?.Elements(W + "style") ?? [])
        {
            if (Attr(style, "styleId") is { } id)
            {
                _styles.TryAdd(id, style);
                if (Attr(style, "default") is "1" or "true")
                {
                    switch (Attr(style, "type"))
                    {
                        case "paragraph": _defaultParagraphStyle ??= id; break;
                        case "character": _defaultCharacterStyle ??= id; break;
                        case "table": _defaultTableStyle ??= id; break;
                    }
                }
            }
        }

        var defaults = root?.Element(W + "docDefaults");
        _defaultParagraphProperties = defaults?.Element(W + "pPrDefault")?.Element(W + "pPr");
        _defaultRunProperties = defaults?.Element(W + "rPrDefault")?.Element(W + "rPr");
        _themeFonts = ThemeFonts(theme);
    }

    /// <summary>The paragraph style a paragraph names, or the document's default paragraph style.</summary>
    public string? ParagraphStyleOf(XElement? pPr) => Val(pPr, "pStyle") ?? _defaultParagraphStyle;

    /// <summary>The table style a table names, or the document's default table style.</summary>
    public string? TableStyleOf(XElement? tblPr) => Val(tblPr, "tblStyle") ?? _defaultTableStyle;

    /// <summary>A style's name as the document gives it (Word's built-in names: "heading 1", "Normal").</summary>
    public string? NameOf(string? styleId) =>
        styleId is not null && _styles.TryGetValue(styleId, out var style) ? Val(style, "name") ?? styleId : styleId;

    /// <summary>A style and the styles it is based on, from the root to the style itself.</summary>
    public IReadOnlyList<XElement> Chain(string? styleId)
    {
        var chain = new List<XElement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (styleId is not null && chain.Count < MaxChain && seen.Add(styleId) && _styles.TryGetValue(styleId, out var style))
        {
            chain.Add(style);
            styleId = Val(style, "basedOn");
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>Paragraph properties from the defaults, the table style, then the paragraph style chain.</summary>
    public ParagraphBag Paragraph(string? styleId, string? tableStyleId)
    {
        var bag = new ParagraphBag();
        bag.Apply(_defaultParagraphProperties);
        foreach (var style in Chain(tableStyleId)) bag.Apply(style.Element(W + "pPr"));
        foreach (var style in Chain(styleId)) bag.Apply(style.Element(W + "pPr"));
        return bag;
    }

    /// <summary>Run properties from the defaults, the table style and the paragraph style chain.</summary>
    public RunBag Run(string? styleId, string? tableStyleId)
    {
        var bag = new RunBag();
        bag.Apply(_defaultRunProperties);
        foreach (var style in Chain(tableStyleId)) bag.Apply(style.Element(W + "rPr"));
        foreach (var style in Chain(styleId)) bag.Apply(style.Element(W + "rPr"));
        return bag;
    }

    /// <summary>Adds a character style chain (or the default character style) onto a run's properties.</summary>
    public void ApplyCharacterStyle(RunBag bag, string? characterStyleId)
    {
        foreach (var style in Chain(characterStyleId ?? _defaultCharacterStyle)) bag.Apply(style.Element(W + "rPr"));
    }

    /// <summary>True when a table style in the chain draws borders.</summary>
    public bool TableStyleBorders(string? tableStyleId) =>
        Chain(tableStyleId).Any(style => Borders(style.Element(W + "tblPr")?.Element(W + "tblBorders")) is true);

    /// <summary>True when some border of a borders element is drawn, false when all are none, null when absent.</summary>
    public static bool? Borders(XElement? borders) =>
        borders is null ? null : borders.Elements().Any(b => Attr(b, "val") is not (null or "none" or "nil"));

    /// <summary>The font a run's font or theme font stands for.</summary>
    public string? FontOf(RunBag bag) =>
        bag.Font ?? (bag.FontTheme is { } theme && _themeFonts.TryGetValue(theme.StartsWith("major", StringComparison.Ordinal) ? "major" : "minor", out var font) ? font : null);

    private static Dictionary<string, string> ThemeFonts(XDocument? theme)
    {
        var fonts = new Dictionary<string, string>(StringComparer.Ordinal);
        var scheme = theme?.Descendants(A + "fontScheme").FirstOrDefault();
        if ((string?)scheme?.Element(A + "majorFont")?.Element(A + "latin")?.Attribute("typeface") is { Length: > 0 } major) fonts["major"] = major;
        if ((string?)scheme?.Element(A + "minorFont")?.Element(A + "latin")?.Attribute("typeface") is { Length: > 0 } minor) fonts["minor"] = minor;
        return fonts;
    }
}
