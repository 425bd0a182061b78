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

    /// <summary>The number line of header box 3; a draft (null) leaves room for the number.</summary>
    public static string Line(DocumentNumber? number, string typeCode, string issuerCode) =>
        number is null ? $"Số:      /{typeCode}-{issuerCode}" : "Số: " + number.Format(typeCode, issuerCode);
}
