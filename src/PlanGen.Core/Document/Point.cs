namespace PlanGen.Core.Document;

/// <summary>
/// Điểm — a point lettered <c>a)</c>, <c>b)</c> … <c>đ)</c> … With a title the title follows the
/// letter on its own line; without one the letter starts the first paragraph.
/// </summary>
/// <param name="Label">The printed letter: <c>a)</c>.</param>
/// <param name="Title">An optional title.</param>
/// <param name="Children">Paragraphs and items of the point.</param>
public sealed record Point(string Label, string? Title, IReadOnlyList<Block> Children) : Block;
