using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Check;

/// <summary>Box 3's "Số: 05/KH-UBND" and box 4's "Lào Cai, ngày 05 tháng 02 năm 2024" in the decree's form, as the grammar reads them.</summary>
internal sealed class NumberDateRule : ICheckRule
{
    public void Check(DocumentCheckContext context)
    {
        // A number line a narrow box wrapped ("Số:" / "94/KH-UBND") is judged as the one line it is.
        if (context.Outline.Number is { } number && context.Outline.NumberText is { } numberText && NumberProblem(numberText) is { } numberProblem)
        {
            context.At(number.Paragraph, DiagnosticCode.CheckNumberLine, numberText, numberProblem);
        }

        // So is a place-and-date line broken after its place ("Lào Cai," / "ngày 31 …").
        if (context.Outline.PlaceDate is { } date && context.Outline.PlaceDateText is { } dateText && DateProblem(dateText) is { } dateProblem)
        {
            context.At(date.Paragraph, DiagnosticCode.CheckDateLine, dateText, dateProblem);
        }
    }

    /// <summary>What is wrong with a number line, as the word that says what to write, or null; the first of its departures is named.</summary>
    internal static MessageWord? NumberProblem(string text) => NumberLine.Parse(text)?.Deviations switch
    {
        null => MessageWord.NumberLine.Form,
        var d when d.Value.HasFlag(NumberLineDeviations.Form) => MessageWord.NumberLine.Form,
        var d when d.Value.HasFlag(NumberLineDeviations.Word) => MessageWord.NumberLine.Word,
        var d when d.Value.HasFlag(NumberLineDeviations.Colon) => MessageWord.NumberLine.Colon,
        var d when d.Value.HasFlag(NumberLineDeviations.Spaces) => MessageWord.NumberLine.Spaces,
        var d when d.Value.HasFlag(NumberLineDeviations.Dash) => MessageWord.NumberLine.Dash,
        var d when d.Value.HasFlag(NumberLineDeviations.Prefix) => MessageWord.NumberLine.Prefix,
        var d when d.Value.HasFlag(NumberLineDeviations.Zero) => MessageWord.NumberLine.Zero,
        _ => null,
    };

    /// <summary>What is wrong with a place and date line, as the word that says what to write, or null; the first of its departures is named.</summary>
    internal static MessageWord? DateProblem(string text) => PlaceDateLine.Parse(text)?.Deviations switch
    {
        null => MessageWord.DateLine.Form,
        var d when d.Value.HasFlag(PlaceDateDeviations.Form) => MessageWord.DateLine.Form,
        var d when d.Value.HasFlag(PlaceDateDeviations.NoSuchDate) => MessageWord.DateLine.NoSuchDate,
        var d when d.Value.HasFlag(PlaceDateDeviations.Comma) => MessageWord.DateLine.Comma,
        var d when d.Value.HasFlag(PlaceDateDeviations.Spaces) => MessageWord.DateLine.Spaces,
        var d when d.Value.HasFlag(PlaceDateDeviations.Zero) => MessageWord.DateLine.Zero,
        _ => null,
    };
}
