namespace PlanGen.Core.Document.Markup;

/// <summary>The outcome of parsing layout markup: a tree when there were no errors.</summary>
/// <param name="Document">The tree, or null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Errors in source order.</param>
public sealed record LayoutParseResult(LayoutDocument? Document, IReadOnlyList<LayoutError> Errors)
{
    /// <summary>True when the markup parsed without errors.</summary>
    public bool Success => Document is not null && Errors.Count == 0;
}
