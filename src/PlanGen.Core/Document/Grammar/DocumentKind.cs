using PlanGen.Core.Text;

namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// A kind of administrative document as Decree 30 (Appendix III) names and abbreviates it:
/// "Kế hoạch" (KH), "Quyết định" (QĐ), "Công văn" (no abbreviation, no type line).
/// </summary>
/// <param name="Name">The name as a citation writes it: "Kế hoạch".</param>
/// <param name="Code">Its abbreviation in a document's symbol: "KH", "CTr"; null for a công văn.</param>
/// <param name="HasTypeLine">True when the document prints its kind as a heading ("KẾ HOẠCH").</param>
public sealed record DocumentKind(string Name, string? Code, bool HasTypeLine = true)
{
    /// <summary>The type line of header box 5a: "KẾ HOẠCH".</summary>
    public string Heading => VietnameseCasing.Upper(Name);
}
