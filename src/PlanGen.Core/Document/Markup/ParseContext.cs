namespace PlanGen.Core.Document.Markup;

/// <summary>Collects errors while the readers walk the markup, so one parse reports them all.</summary>
internal sealed class ParseContext(string source)
{
    private readonly List<LayoutError> _errors = [];

    public IReadOnlyList<LayoutError> Errors => _errors;

    /// <summary>
    /// The runs of the inline element being read, before they are normalized into a list of their
    /// own; one list serves every element, because no inline read starts inside another.
    /// </summary>
    public List<InlineRun> InlineRuns { get; } = [];

    /// <summary>Reports a problem at a node; <paramref name="key"/> names the message in the resources.</summary>
    public void Error(MarkupNode at, string key, params string[] arguments) =>
        _errors.Add(new LayoutError(source, at.Line, at.Column, key, arguments));

    /// <summary>Reports every attribute not in <paramref name="allowed"/>, naming it.</summary>
    public void CheckAttributes(MarkupElement element, params ReadOnlySpan<string> allowed)
    {
        foreach (var attribute in element.Attributes)
        {
            if (attribute.IsNamespaceDeclaration || (attribute.Namespace.Length == 0 && allowed.Contains(attribute.LocalName)))
            {
                continue;
            }

            Error(attribute, "markup.unknown-attribute", attribute.Name, element.Name);
        }
    }

    /// <summary>Structural elements hold elements only; text there would silently vanish, so it is an error.</summary>
    public void CheckNoText(MarkupElement element)
    {
        foreach (var child in element.Children)
        {
            if (child is MarkupTextNode { IsBlank: false } text)
            {
                Error(text, "markup.stray-text", element.LocalName);
            }
        }
    }

    public void UnknownElement(MarkupElement element, MarkupElement parent) =>
        Error(element, "markup.unknown-element", element.Name, parent.LocalName);

    /// <summary>The <c>orientation</c> attribute: portrait, landscape, or null when absent (or wrong, with an error).</summary>
    public PageOrientation? Orientation(MarkupElement element)
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
    public static string? Attribute(MarkupElement element, string name)
    {
        var value = element.Attribute(name)?.Value;
        if (value is null)
        {
            return null;
        }

        var text = InlineParser.Collapse(value).Trim();
        return text.Length == 0 ? null : text;
    }
}
