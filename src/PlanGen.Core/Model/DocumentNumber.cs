using System.Globalization;

namespace PlanGen.Core.Model;

/// <summary>Số — the registry number of an issued document; absent in a draft.</summary>
public sealed record DocumentNumber(int Value) : ModelNode
{
    /// <summary>
    /// The number with its code as Decree 30 writes it: numbers under 10 take a leading zero,
    /// <c>05/KH-UBND</c>.
    /// </summary>
    public string Format(string typeCode, string issuerCode) =>
        Value.ToString("D2", CultureInfo.InvariantCulture) + "/" + typeCode + "-" + issuerCode;

    /// <summary>Số và ký hiệu as cited: <c>68/KH-UBND</c>; a draft (null) leaves room for the number.</summary>
    public static string Reference(DocumentNumber? number, string typeCode, string issuerCode) =>
        number is null ? $"     /{typeCode}-{issuerCode}" : number.Format(typeCode, issuerCode);

    /// <summary>The number line of header box 3: <c>Số: 68/KH-UBND</c>, or <c>Số:      /KH-UBND</c> in a draft.</summary>
    public static string Line(DocumentNumber? number, string typeCode, string issuerCode) =>
        "Số: " + Reference(number, typeCode, issuerCode);
}
