using PlanGen.Core.Model;

namespace PlanGen.Core.Format;

/// <summary>
/// How a document type of the family (Kế hoạch now; Báo cáo, Quyết định, Tờ trình, Thông báo,
/// Công văn to come) gives and takes the values every one of them has, so
/// <see cref="DocumentRows"/> describes those once for all.
/// </summary>
internal sealed record DocumentAccess<T>(
    Access<T, string> Template,
    Access<T, string> TypeCode,
    Access<T, string> Units,
    Access<T, Issuer> Issuer,
    Access<T, DocumentNumber> Number,
    Access<T, VnDate> Date,
    Access<T, string> Title,
    Access<T, IReadOnlyList<Recipient>> Recipients,
    Access<T, IReadOnlyList<string>> Archive,
    Access<T, Signature> Signature,
    Access<T, IReadOnlyList<string>> Footnotes);
