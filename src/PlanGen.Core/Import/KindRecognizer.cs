using System.Text.RegularExpressions;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;
using DocumentOutline = PlanGen.Core.Recognition.DocumentOutline;

namespace PlanGen.Core.Import;

/// <summary>What a read document is, by what it prints: one of the family, or another kind named by its type line or number.</summary>
/// <param name="Type">The family type it is (a plan, a report, a Tờ trình …); null when it is none of them, or nothing says.</param>
/// <param name="Other">The kind it is instead, as its type line prints it ("CHỈ THỊ", "TỜ KHAI"); null when it is of the family or nothing says.</param>
internal sealed record ImportedKind(FamilyType? Type, string? Other);

/// <summary>
/// Tells the kinds apart before anything is recognised, from the header as the document's outline
/// reads it (what check judges): the type line under the header (KẾ HOẠCH, TỜ TRÌNH, THÔNG BÁO,
/// QUYẾT ĐỊNH, or another kind the decree lists), else the type code of the number ("Số: 9/TB-VPCP"),
/// else a công văn by its "V/v …" subject or its "Kính gửi:"; a page with no header says what it is
/// in its opening: a portal's post of a letter, a notice ("Sở Nội vụ tỉnh … thông báo … như sau:"), or
/// the title the portal gave it, which names its kind ("Báo cáo tình hình …").
/// A page that says none of these is left to the plan's recognizer, as before.
/// </summary>
internal static partial class KindRecognizer
{
    // A page copied from a portal says what it is in its first lines.
    private const int OpeningLines = 3;

    [GeneratedRegex(@"^\S.{0,150}?\s(thông báo|xin thông báo)\s.*(như sau|sau đây|cụ thể)", RegexOptions.CultureInvariant)]
    private static partial Regex NoticeOpening();

    /// <summary>The kind of the document whose outline is <paramref name="outline"/> and whose lines are <paramref name="lines"/>.</summary>
    public static ImportedKind Of(DocumentOutline outline, IReadOnlyList<ImportLine> lines)
    {
        if (outline.Kind is { } kind) return Named(kind);
        var letter = outline.IsLetter || outline.Addressee is not null;
        if (outline.NumberRead is { } number)
        {
            if (number.TypeCode is null) return letter ? new ImportedKind(FamilyTypes.Letter, null) : new ImportedKind(null, null);
            if (DocumentKinds.ByCode(number.TypeCode) is { } coded) return Named(coded);
        }
        var opening = lines.Where(l => l.Table is null).Take(OpeningLines).Select(l => GrammarText.Collapse(l.Text)).ToList();
        // A portal's post of a letter: "Ngày …, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc …".
        if (letter || opening.Any(t => PortalLead.Parse(t) is not null)) return new ImportedKind(FamilyTypes.Letter, null);
        if (opening.Any(t => NoticeOpening().IsMatch(t))) return new ImportedKind(FamilyTypes.Notice, null);
        // A page with no header at all, titled by the portal that posted it ("Báo cáo tình hình … quý II"): the title names the kind.
        var headerless = outline.NationalTitle is null && outline.IssuerLines.Count == 0 && outline.PlaceDate is null;
        return headerless && PostTitle.Of(opening) is { } post ? Named(post.Kind) : new ImportedKind(null, null);
    }

    // A kind of the family is that type; a kind plangen does not write is named in capitals as its type line prints it.
    // A Chương trình is laid out as a plan (docs/family.md).
    private static ImportedKind Named(DocumentKind kind) =>
        kind.Code == "CTr" ? new ImportedKind(FamilyTypes.Plan, null)
        : kind.Code is { } code && FamilyTypes.All.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.Ordinal)) is { } type
            ? new ImportedKind(type, null)
            : new ImportedKind(null, kind.Heading);
}
