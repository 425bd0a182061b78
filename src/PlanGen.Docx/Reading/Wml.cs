using System.Globalization;
using System.Xml.Linq;

namespace PlanGen.Docx.Reading;

/// <summary>WordprocessingML names and the value conventions the reader needs (twips, half-points, on/off).</summary>
internal static class Wml
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace V = "urn:schemas-microsoft-com:vml";

    /// <summary>The w:val (or another w: attribute) of a child element, or null.</summary>
    public static string? Val(XElement? parent, string child, string attribute = "val") =>
        parent?.Element(W + child) is { } element ? (string?)element.Attribute(W + attribute) : null;

    public static string? Attr(XElement? element, string attribute) => (string?)element?.Attribute(W + attribute);

    /// <summary>An on/off property: absent → null; present without a value or with true/1/on → true.</summary>
    public static bool? OnOff(XElement? parent, string child)
    {
        var element = parent?.Element(W + child);
        if (element is null) return null;
        var value = (string?)element.Attribute(W + "val");
        return value is null or "true" or "1" or "on";
    }

    public static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A whole number that fits an int (a level, a list number), or null: 1e300 or NaN is no such number.</summary>
    public static int? Integer(string? text) =>
        Number(text) is { } value && value is >= int.MinValue and <= int.MaxValue ? (int)value : null;

    /// <summary>Twentieths of a point (twips) → millimetres.</summary>
    public static double TwipsToMm(double twips) => Math.Round(twips / 1440.0 * 25.4, 2);
}
