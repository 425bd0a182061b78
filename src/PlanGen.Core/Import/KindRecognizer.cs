using System.Text.RegularExpressions;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>What a read document is, by what it prints: one of the family, or another kind named by its type line or number.</summary>
/// <param name="Type">The family type it is (a plan, a report, a Tờ trình …); null when it is none of them, or nothing says.</param>
/// <param name="Other">The kind it is instead, as its type line prints it ("CHỈ THỊ", "TỜ KHAI"); null when it is of the family or nothing says.</param>
internal sealed record ImportedKind(FamilyType? Type, string? Other);

/// <summary>
/// Tells the kinds apart before anything is recognised: the type line in capitals under the header
/// (KẾ HOẠCH, TỜ TRÌNH, THÔNG BÁO, QUYẾT ĐỊNH, or another kind the decree lists), else the type code
/// of the number ("Số: 9/TB-VPCP"), else a công văn by its "V/v …" line or its "Kính gửi:", else a
/// notice that opens saying so ("Sở Nội vụ tỉnh … thông báo … như sau:"). A page that says none of
/// these is left to the plan's recognizer, as before.
/// </summary>
internal static partial class KindRecognizer
{
    // The type line, the number and the V/v line stand in the first lines, under the header.
    private const int HeaderLines = 30;

    private static readonly string[] Leads = ["DỰ THẢO "];

    [GeneratedRegex(@"^\S.{0,150}?\s(thông báo|xin thông báo)\s.*(như sau|sau đây|cụ thể)", RegexOptions.CultureInvariant)]
    private static partial Regex NoticeOpening();

    public static ImportedKind Of(IReadOnlyList<ImportLine> lines)
    {
        var head = lines.Where(l => l.Table is null).Take(HeaderLines).Select(l => GrammarText.Collapse(l.Text)).ToList();
        foreach (var text in head)
        {
            var line = Leads.Aggregate(text, (t, lead) => t.StartsWith(lead, StringComparison.Ordinal) ? t[lead.Length..] : t);
            if (VietnameseCase.IsUpper(line) && DocumentKinds.ByHeading(line) is { } kind) return Named(kind);
        }
        var letter = head.Any(t => SubjectLine.Parse(t) is not null && !t.StartsWith("Về", StringComparison.Ordinal)) || head.Any(t => Addressees.Parse(t) is not null);
        foreach (var text in head)
        {
            if (NumberLine.Parse(text) is not { } number) continue;
            if (number.Value.TypeCode is null) return letter ? new ImportedKind(FamilyTypes.Letter, null) : new ImportedKind(null, null);
            if (DocumentKinds.ByCode(number.Value.TypeCode) is { } coded) return Named(coded);
            break;
        }
        // A portal's post of a letter: "Ngày …, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc …".
        if (letter || head.Take(3).Any(t => PortalLead.Parse(t) is not null)) return new ImportedKind(FamilyTypes.Letter, null);
        return head.Take(3).Any(t => NoticeOpening().IsMatch(t)) ? new ImportedKind(FamilyTypes.Notice, null) : new ImportedKind(null, null);
    }

    // A kind of the family is that type; a kind plangen does not write is named in capitals as its type line prints it.
    // A Chương trình is laid out as a plan (docs/family.md).
    private static ImportedKind Named(DocumentKind kind) =>
        kind.Code == "CTr" ? new ImportedKind(FamilyTypes.Plan, null)
        : kind.Code is { } code && FamilyTypes.All.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.Ordinal)) is { } type
            ? new ImportedKind(type, null)
            : new ImportedKind(null, kind.Heading);
}
