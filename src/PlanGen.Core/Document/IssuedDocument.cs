using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;

namespace PlanGen.Core.Document;

/// <summary>
/// A document printed after the one that issues it (the plan after its Quyết định, Form 1.3 of Decree
/// 30): its own title block with the line "(Ban hành kèm theo Quyết định số …)" under the subject,
/// its body and its appendices — but no header table with a number and date, and no Nơi nhận or
/// signature, which are the decision's.
/// </summary>
public static class IssuedDocument
{
    /// <summary>
    /// The layout of <paramref name="plan"/> as printed with <paramref name="decision"/>: the caption
    /// under its title names the decision, and so does each appendix's "(Kèm theo …)" line while the
    /// plan has no number of its own to be cited by.
    /// </summary>
    public static LayoutDocument AsIssued(LayoutDocument layout, Plan plan, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var issued = AsIssued(layout, Caption(decision));
        if (plan.Number is not null) return issued;
        var reference = new AppendixReference(false, TypeNames.Of(decision.TypeCode), NumberOf(decision), decision.Date, By(decision)).Format();
        return issued with { Attachments = [.. issued.Attachments.Select(a => a.Reference is null ? a : a with { Reference = reference })] };
    }

    /// <summary><paramref name="document"/> as printed with the document <paramref name="issuedWith"/> names.</summary>
    public static LayoutDocument AsIssued(LayoutDocument document, string issuedWith)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(issuedWith);
        var title = document.Title ?? new TitleBlock("", []);
        return document with { Header = null, Signing = null, Title = title with { IssuedWith = issuedWith }, Issued = [] };
    }

    /// <summary>
    /// The line under the title of the plan <paramref name="decision"/> issues: <c>(Ban hành kèm theo
    /// Quyết định số 665/QĐ-UBND ngày 17/3/2021 của Ủy ban nhân dân tỉnh Khánh Hòa)</c>, naming the
    /// authority that decides (a Chủ tịch deciding alone, not the body); blanks in a draft.
    /// </summary>
    public static string Caption(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new AppendixReference(true, TypeNames.Of(decision.TypeCode), NumberOf(decision), decision.Date, By(decision)).Format();
    }

    private static NumberLine NumberOf(Decision decision) =>
        new(decision.Number?.Value, null, FamilyTypes.NumberCode(decision.TypeCode), decision.Issuer.Code);

    // decided_by written in capitals, as it is printed, would shout in the sentence: the body's name reads as the text writes it.
    private static string By(Decision decision) =>
        decision.DecidedBy is { } d && d.Any(char.IsLower) ? d.Trim() : decision.Issuer.Name;

    /// <summary><paramref name="decision"/> with <paramref name="issued"/> printed after it, in one file.</summary>
    public static LayoutDocument WithIssued(LayoutDocument decision, LayoutDocument issued)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision with { Issued = [.. decision.Issued, issued] };
    }
}
