using System.Globalization;
using System.Text;
using PlanGen.Core.Model;
using PlanGen.Core.Text;

namespace PlanGen.Core.Templating;

/// <summary>
/// The Vietnamese formatting functions templates call, each culture-invariant.
/// </summary>
internal static class VietnameseFormat
{
    /// <summary>Upper case as Vietnamese writes it (<see cref="Text.VietnameseCasing"/>).</summary>
    public static string Upper(string text) => Text.VietnameseCasing.Upper(text);

    /// <summary><c>ngày 05 tháng 02 năm 2024</c>; blanks for what a draft does not know yet.</summary>
    public static string DateLong(VnDate? date, int? fallbackYear) =>
        (date ?? (fallbackYear is { } year ? new VnDate(year, null, null) : null))?.ToLongText()
        ?? "ngày      tháng      năm     ";

    /// <summary><c>05/02/2024</c>; a draft's unknown day or month is left blank.</summary>
    public static string DateShort(VnDate? date)
    {
        if (date is null)
        {
            return "     /     /    ";
        }
        if (date.IsFull)
        {
            return date.ToShortText();
        }
        return date.Month is null ? "     /     /" + date.ToShortText() : "     /" + date.ToShortText();
    }

    /// <summary><c>68/KH-UBND</c>, or <c>     /KH-UBND</c> while the number is not yet given.</summary>
    public static string NumberReference(int? number, string typeCode, string issuerCode) =>
        DocumentNumber.Reference(number is null ? null : new DocumentNumber(number.Value), typeCode, issuerCode);

    /// <summary>The number line of header box 3: <c>Số: 05/KH-UBND</c>, <c>Số:      /KH-STTTT</c>.</summary>
    public static string NumberLine(int? number, string typeCode, string issuerCode) =>
        DocumentNumber.Line(number is null ? null : new DocumentNumber(number.Value), typeCode, issuerCode);

    /// <summary>Roman numerals: <c>I</c>, <c>IV</c>, <c>XII</c>; a number below 1 is printed as it is.</summary>
    public static string Roman(int value) =>
        value < 1 ? value.ToString(CultureInfo.InvariantCulture) : VietnameseNumbering.Roman(value);

    /// <summary>The point letter for a 1-based index: a, b, c, d, đ, e …; below 1 printed as it is.</summary>
    public static string Letter(int index) =>
        index < 1 ? index.ToString(CultureInfo.InvariantCulture) : VietnameseNumbering.Letter(index);
}
