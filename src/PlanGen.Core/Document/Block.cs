namespace PlanGen.Core.Document;

/// <summary>A node of the document body: a paragraph, a table, a numbered division or a list item.</summary>
public abstract record Block
{
    /// <summary>Where the node was read from (for a numbered division, its heading); null in a tree a template made.</summary>
    public SourcePlace? Place { get; init; }
}
