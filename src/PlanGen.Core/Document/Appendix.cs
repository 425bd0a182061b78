namespace PlanGen.Core.Document;

/// <summary>Phụ lục — printed after the signature on a new page in its own section.</summary>
/// <param name="Heading">The heading, <c>Phụ lục</c> unless the markup names another.</param>
/// <param name="Title">The appendix title, bold.</param>
/// <param name="Reference">The italic reference line: <c>(Kèm theo Kế hoạch số …)</c>.</param>
/// <param name="Paragraphs">Paragraphs before the table.</param>
/// <param name="Table">The task table, if any.</param>
public sealed record Appendix(string Heading, string? Title, string? Reference, IReadOnlyList<Paragraph> Paragraphs, TaskTable? Table);
