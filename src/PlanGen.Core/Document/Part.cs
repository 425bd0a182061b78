namespace PlanGen.Core.Document;

/// <summary>Mục — a part of the body, numbered <c>I.</c>, <c>II.</c>; its title is upper case and bold.</summary>
/// <param name="Number">The printed number with its full stop: <c>I.</c>.</param>
/// <param name="Title">The title, already upper case.</param>
/// <param name="Children">Paragraphs, clauses and items in the part.</param>
public sealed record Part(string Number, string? Title, IReadOnlyList<Block> Children) : Block;
