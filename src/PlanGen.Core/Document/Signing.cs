namespace PlanGen.Core.Document;

/// <summary>
/// The closing table: recipients on the left (boxes 9a–9b), signature on the right (7a–7b).
/// Recipient lines are already punctuated: <c>- Công an tỉnh;</c> and last <c>- Lưu: VT, XD1.</c>.
/// </summary>
/// <param name="Recipients">Printed recipient lines, archive last; empty when there is no list.</param>
/// <param name="Authorities">Signing authority and office lines: <c>TM. ỦY BAN NHÂN DÂN</c>, <c>KT. CHỦ TỊCH</c> …</param>
/// <param name="Name">The signer's name, or null for an unsigned draft.</param>
/// <param name="Note">An optional line under the name.</param>
public sealed record Signing(
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Authorities,
    string? Name,
    string? Note);
