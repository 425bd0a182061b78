
namespace PlanGen.Core.Document;

/// <summary>
/// The header table of the first page (boxes 2–4). The national title and motto (box 1) are
/// fixed text and belong to the writer.
/// </summary>
/// <param name="Governing">Governing body, upper case, not bold; null when there is none.</param>
/// <param name="Issuer">Issuing body, upper case, bold, with a short line under it.</param>
/// <param name="Number">Number and code: <c>Số: 68/KH-UBND</c>.</param>
/// <param name="PlaceDate">Place and date, italic.</param>
public sealed record Header(
    IReadOnlyList<InlineRun>? Governing,
    IReadOnlyList<InlineRun> Issuer,
    IReadOnlyList<InlineRun> Number,
    IReadOnlyList<InlineRun> PlaceDate)
{
    /// <summary>A công văn's subject under its number: <c>V/v …</c>; null for every other type.</summary>
    public IReadOnlyList<InlineRun>? Subject { get; init; }

    /// <summary>Box 10b: the urgency mark under the number (KHẨN, THƯỢNG KHẨN, HỎA TỐC); null for a document that is not urgent.</summary>
    public string? Urgency { get; init; }
}
