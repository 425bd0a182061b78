using System.Xml;
using System.Xml.Linq;

namespace PlanGen.Core.Document.Markup;

/// <summary>Collects errors while the readers walk the markup, so one parse reports them all.</summary>
internal sealed class ParseContext(string source)
{
    private readonly List<LayoutError> _errors = [];

    public IReadOnlyList<LayoutError> Errors => _errors;

    /// <summary>Reports a problem at a node; <paramref name="key"/> names the message in the resources.</summary>
    public void Error(XObject at, string key, params string[] arguments)
    {
        var info = (IXmlLineInfo)at;
        _errors.Add(info.HasLineInfo()
            ? new LayoutError(source, info.LineNumber, info.LinePosition, key, arguments)
            : new LayoutError(source, 1, 1, key, arguments));
    }

    /// <summary>Reports a problem at a line and column.</summary>
    public void Error(int line, int column, string key, params string[] arguments) =>
        _errors.Add(new LayoutError(source, line, column, key, arguments));

    /// <summary>Reports every attribute not in <paramref name="allowed"/>, naming it.</summary>
    public void CheckAttributes(XElement element, params string[] allowed)
    {
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration || (Array.IndexOf(allowed, attribute.Name.LocalName) >= 0 && attribute.Name.Namespace == XNamespace.None))
            {
                continue;
            }

            Error(attribute, "markup.unknown-attribute", attribute.Name.ToString(), element.Name.ToString());
        }
    }

    /// <summary>Structural elements hold elements only; text there would silently vanish, so it is an error.</summary>
    public void CheckNoText(XElement element)
    {
        foreach (var text in element.Nodes().OfType<XText>())
        {
            if (!string.IsNullOrWhiteSpace(text.Value))
            {
                Error(text, "markup.stray-text", element.Name.LocalName);
            }
        }
    }

    public void UnknownElement(XElement element, XElement parent) =>
        Error(element, "markup.unknown-element", element.Name.ToString(), parent.Name.LocalName);

    /// <summary>The <c>orientation</c> attribute: portrait, landscape, or null when absent (or wrong, with an error).</summary>
    public PageOrientation? Orientation(XElement element)
    {
        var raw = element.Attribute("orientation");
        switch (raw?.Value.Trim())
        {
            case null:
                return null;
            case "portrait":
                return PageOrientation.Portrait;
            case "landscape":
                return PageOrientation.Landscape;
            default:
                Error(raw, "markup.orientation", raw.Value);
                return null;
        }
    }

    /// <summary>An attribute's value with whitespace collapsed, or null when absent or blank.</summary>
    public static string? Attribute(XElement element, string name)
    {
        var value = element.Attribute(name)?.Value;
        if (value is null)
        {
            return null;
        }

        var text = InlineReader.Collapse(value).Trim();
        return text.Length == 0 ? null : text;
    }
}
