
namespace PlanGen.Core.Document;

/// <summary>Box 5a: the document type (<c>KẾ HOẠCH</c>) and the subject (trích yếu) under it.</summary>
/// <param name="Type">The document type, upper case.</param>
/// <param name="Subject">The subject; may hold line breaks.</param>
public sealed record TitleBlock(string Type, IReadOnlyList<InlineRun> Subject)
{
    /// <summary>
    /// For a document issued with another, the italic line under its subject that names it:
    /// <c>(Ban hành kèm theo Quyết định số 665/QĐ-UBND ngày 17/3/2021 của …)</c>; null otherwise.
    /// </summary>
    public string? IssuedWith { get; init; }
}
