namespace PlanGen.Core.Model;

/// <summary>
/// One type of the document family, as <c>type:</c> names it and the decree lays it out.
/// </summary>
/// <param name="Code">The code <c>type:</c> is written back as, and the number line's type code: KH, BC, TTr, TB, QĐ; CV for a công văn.</param>
/// <param name="Slug">The name without marks a clerk may type on the command line: ke-hoach, cong-van.</param>
/// <param name="Name">The kind's name as a citation writes it: "Kế hoạch", "Công văn".</param>
/// <param name="Template">The built-in template a document of this type is built with when it names none; null for a plan, which names its own.</param>
/// <param name="Form">The decree's form (Appendix III): 1.4 for most, 1.3 for a Quyết định, 1.5 for a Công văn.</param>
public sealed record FamilyType(string Code, string Slug, string Name, string? Template, string Form)
{
    /// <summary>True for a Công văn: no type title, no type code in its number, a "V/v" subject under the number.</summary>
    public bool IsLetter => Form == "1.5";

    /// <summary>The type code printed in the number line (<c>Số: 05/KH-UBND</c>); null for a công văn (<c>Số: 123/UBND</c>).</summary>
    public string? NumberCode => IsLetter ? null : Code;
}
