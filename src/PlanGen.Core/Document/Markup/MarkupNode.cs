namespace PlanGen.Core.Document.Markup;

/// <summary>
/// A node of layout markup as read, with the 1-based line and column it starts at: the little the
/// readers need (names, attributes, children, text) and no more, so reading markup builds no XML
/// object model.
/// </summary>
internal abstract class MarkupNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>The next child of the same element, or null: children are linked, not listed, which saves a list per element.</summary>
    public MarkupNode? Next { get; private set; }

    internal void LinkNext(MarkupNode next) => Next = next;
}

/// <summary>Text, CDATA or whitespace between tags, entities resolved; one node per run the XML reader reports.</summary>
internal sealed class MarkupTextNode(string value, int line, int column) : MarkupNode(line, column)
{
    public string Value { get; } = value;

    public bool IsBlank => string.IsNullOrWhiteSpace(Value);
}

/// <summary>An attribute; <see cref="Namespace"/> is empty unless its name has a prefix.</summary>
internal sealed class MarkupAttribute(string localName, string ns, string value, int line, int column) : MarkupNode(line, column)
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public string LocalName { get; } = localName;

    public string Namespace { get; } = ns;

    public string Value { get; } = value;

    /// <summary>The name as messages give it: <c>{namespace}name</c> when it has a namespace.</summary>
    public string Name => MarkupElement.Qualified(Namespace, LocalName);

    /// <summary><c>xmlns</c> or <c>xmlns:x</c>: a declaration, not an attribute of the element.</summary>
    public bool IsNamespaceDeclaration => Namespace.Length == 0 ? LocalName == "xmlns" : Namespace == XmlnsNamespace;
}

/// <summary>An element with its attributes and children (elements and texts) in document order.</summary>
internal sealed class MarkupElement(string localName, string ns, int line, int column) : MarkupNode(line, column)
{
    public string LocalName { get; } = localName;

    public string Namespace { get; } = ns;

    /// <summary>The name as messages give it: <c>{namespace}name</c> when it has a namespace.</summary>
    public string Name => Qualified(Namespace, LocalName);

    /// <summary>The local name when the element is in no namespace, else null (a switch over it sends namespaced elements to its default).</summary>
    public string? PlainName => Namespace.Length == 0 ? LocalName : null;

    public List<MarkupAttribute> Attributes { get; } = [];

    private MarkupNode? _lastChild;

    public MarkupNode? FirstChild { get; private set; }

    /// <summary>The children (elements and texts) in order.</summary>
    public MarkupChildren Children => new(FirstChild);

    /// <summary>True when the element is <paramref name="localName"/> in no namespace.</summary>
    public bool Is(string localName) => Namespace.Length == 0 && LocalName == localName;

    /// <summary>The attribute of that name in no namespace, or null.</summary>
    public MarkupAttribute? Attribute(string localName)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Namespace.Length == 0 && attribute.LocalName == localName)
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The child elements, in order.</summary>
    public IEnumerable<MarkupElement> Elements()
    {
        foreach (var child in Children)
        {
            if (child is MarkupElement element)
            {
                yield return element;
            }
        }
    }

    public void AddChild(MarkupNode child)
    {
        if (_lastChild is null)
        {
            FirstChild = child;
        }
        else
        {
            _lastChild.LinkNext(child);
        }

        _lastChild = child;
    }

    public void AddAttribute(MarkupAttribute attribute)
    {
        Attributes.Add(attribute);
    }

    internal static string Qualified(string ns, string localName) => ns.Length == 0 ? localName : "{" + ns + "}" + localName;
}

