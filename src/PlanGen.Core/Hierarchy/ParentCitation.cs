using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;

namespace PlanGen.Core.Hierarchy;

/// <summary>
/// Builds the citation of a parent plan from its own fields, so a child never retypes the number,
/// date or subject of the plan it implements (and cannot get them wrong).
/// </summary>
public static class ParentCitation
{
    /// <summary>
    /// "Kế hoạch số 68/KH-UBND ngày 31/01/2024 của Ủy ban nhân dân tỉnh Lào Cai về bảo đảm an toàn
    /// giao thông năm 2024". A draft parent (no number or date) is cited without them.
    /// </summary>
    public static Citation Of(Plan parent) => new(
        KindOf(parent.TypeCode),
        parent.Number is { } number ? new NumberLine(number.Value, null, parent.TypeCode, parent.Issuer.Code).Reference : null,
        parent.Date,
        parent.Issuer.Name,
        Subject(parent.Title),
        null);

    /// <summary>The document kind a type code stands for: KH → "Kế hoạch".</summary>
    public static string KindOf(string typeCode) => TypeNames.Of(typeCode);

    /// <summary>
    /// A title as it reads after "về": one line, first letter in lower case unless the first word is
    /// an abbreviation ("ATGT …") or a name.
    /// </summary>
    public static string Subject(string title)
    {
        var text = string.Join(' ', title.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]))
        {
            text = Text.VietnameseCasing.Lower(text[0]) + text[1..];
        }
        return text;
    }
}
