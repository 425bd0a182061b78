namespace PlanGen.Core.Document;

/// <summary>
/// Điều — an article of a decision, numbered <c>Điều 1.</c>, <c>Điều 2.</c>; the bold label leads
/// its first paragraph, as Form 1.3 of the decree prints it.
/// </summary>
/// <param name="Number">The printed label: <c>Điều 1.</c>.</param>
/// <param name="Children">Paragraphs and points of the article; the first starts with the label.</param>
public sealed record Article(string Number, IReadOnlyList<Block> Children) : Block;
