namespace PlanGen.Core.Document;

/// <summary>
/// The document's core properties. They come only from the markup so the same markup always gives
/// the same file: nothing here is read from the clock.
/// </summary>
/// <param name="Title">Document title.</param>
/// <param name="Subject">Document subject.</param>
/// <param name="Creator">Author, usually the issuing body.</param>
/// <param name="Date">Date used for created and modified, or null to leave them out.</param>
public sealed record LayoutProperties(string? Title, string? Subject, string? Creator, DateOnly? Date)
{
    /// <summary>No properties.</summary>
    public static LayoutProperties Empty { get; } = new(null, null, null, null);
}
