namespace PlanGen.Core.Document;

/// <summary>
/// Khoản — a clause, numbered <c>1.</c>, <c>2.</c>, or <c>1.1</c> when nested. With a title the
/// title is a bold heading; without one the number already starts the first paragraph.
/// </summary>
/// <param name="Number">The printed number: <c>1.</c> or <c>1.1</c>.</param>
/// <param name="Title">The bold title, or null when the number runs on into the first paragraph.</param>
/// <param name="Children">Paragraphs, nested clauses, points and items.</param>
public sealed record Clause(string Number, string? Title, IReadOnlyList<Block> Children) : Block;
