
namespace PlanGen.Core.Document;

/// <summary>Box 5a: the document type (<c>KẾ HOẠCH</c>) and the subject (trích yếu) under it.</summary>
/// <param name="Type">The document type, upper case.</param>
/// <param name="Subject">The subject; may hold line breaks.</param>
public sealed record TitleBlock(string Type, IReadOnlyList<InlineRun> Subject);
