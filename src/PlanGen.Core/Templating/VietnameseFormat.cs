using System.Globalization;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;
using PlanGen.Core.Text;

namespace PlanGen.Core.Templating;

/// <summary>
/// The Vietnamese formatting functions templates call, each culture-invariant; the forms the
/// decree fixes come from the grammar (<see cref="Document.Grammar"/>).
/// </summary>
internal static class VietnameseFormat
{
    /// <summary>Upper case as Vietnamese writes it (<see cref="Text.VietnameseCasing"/>).</summary>
    public static string Upper(string text) => Text.VietnameseCasing.Upper(text);

    /// <summary><c>ngày 05 tháng 02 năm 2024</c>; blanks for what a draft does not know yet.</summary>
    public static string DateLong(VnDate? date, int? fallbackYear) =>
        LongDate.Format(date ?? (fallbackYear is { } year ? new VnDate(year, null, null) : null));

    /// <summary><c>Lào Cai, ngày 05 tháng 02 năm 2024</c>; blanks for what a draft does not know yet.</summary>
    public static string PlaceDate(string place, VnDate? date, int? fallbackYear) =>
        new PlaceDateLine(place, date ?? (fallbackYear is { } year ? new VnDate(year, null, null) : null)).Format();

    /// <summary><c>05/02/2024</c>; a draft's unknown day or month is left blank.</summary>
    public static string DateShort(VnDate? date) => ShortDate.FormatOrBlanks(date);

    /// <summary><c>68/KH-UBND</c>, or <c>     /KH-UBND</c> while the number is not yet given.</summary>
    public static string NumberReference(int? number, string typeCode, string issuerCode) =>
        new NumberLine(number, null, FamilyTypes.NumberCode(typeCode), issuerCode).Reference;

    /// <summary>The number line of header box 3: <c>Số: 05/KH-UBND</c>, <c>Số:      /KH-STTTT</c>.</summary>
    public static string NumberLine(int? number, string typeCode, string issuerCode) =>
        new NumberLine(number, null, FamilyTypes.NumberCode(typeCode), issuerCode).Format();

    /// <summary>
    /// The line under an appendix's title: <c>(Kèm theo Kế hoạch số 68/KH-UBND ngày 31/01/2024 của UBND tỉnh)</c>,
    /// citing the document by its kind, number, date and the name its text uses for its issuer.
    /// </summary>
    public static string AppendixReference(string kind, IFamilyDocument plan) =>
        new AppendixReference(false, kind, new NumberLine(plan.Number?.Value, null, FamilyTypes.NumberCode(plan.TypeCode), plan.Issuer.Code), plan.Date,
            plan.Issuer.ShortName ?? plan.Issuer.Name).Format();

    /// <summary>Roman numerals: <c>I</c>, <c>IV</c>, <c>XII</c>; a number below 1 is printed as it is.</summary>
    public static string Roman(int value) =>
        value < 1 ? value.ToString(CultureInfo.InvariantCulture) : RomanNumeral.Format(value);

    /// <summary>The point letter for a 1-based index: a, b, c, d, đ, e …; below 1 printed as it is.</summary>
    public static string Letter(int index) =>
        index < 1 ? index.ToString(CultureInfo.InvariantCulture) : PointLetter.Format(index);
}
