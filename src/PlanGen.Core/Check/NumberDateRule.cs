using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Check;

/// <summary>Box 3's "Số: 05/KH-UBND" and box 4's "Lào Cai, ngày 05 tháng 02 năm 2024" in the decree's form, as the grammar reads them.</summary>
internal sealed class NumberDateRule : ICheckRule
{
    public void Check(CheckContext context)
    {
        if (context.Parts.Number is { } number && NumberProblem(number.Text) is { } numberProblem)
        {
            context.At(number.Paragraph, DiagnosticCode.CheckNumberLine, number.Text, numberProblem);
        }

        if (context.Parts.PlaceDate is { } date && DateProblem(date.Text) is { } dateProblem)
        {
            context.At(date.Paragraph, DiagnosticCode.CheckDateLine, date.Text, dateProblem);
        }
    }

    /// <summary>What is wrong with a number line, as a message word, or null; the first of its departures is named.</summary>
    internal static string? NumberProblem(string text) => NumberLine.Parse(text)?.Deviations switch
    {
        null => "@num.form",
        var d when d.Value.HasFlag(NumberLineDeviations.Form) => "@num.form",
        var d when d.Value.HasFlag(NumberLineDeviations.Word) => "@num.word",
        var d when d.Value.HasFlag(NumberLineDeviations.Colon) => "@num.colon",
        var d when d.Value.HasFlag(NumberLineDeviations.Spaces) => "@num.spaces",
        var d when d.Value.HasFlag(NumberLineDeviations.Dash) => "@num.dash",
        var d when d.Value.HasFlag(NumberLineDeviations.Prefix) => "@num.prefix",
        var d when d.Value.HasFlag(NumberLineDeviations.Zero) => "@num.zero",
        _ => null,
    };

    /// <summary>What is wrong with a place and date line, as a message word, or null; the first of its departures is named.</summary>
    internal static string? DateProblem(string text) => PlaceDateLine.Parse(text)?.Deviations switch
    {
        null => "@date.form",
        var d when d.Value.HasFlag(PlaceDateDeviations.Form) => "@date.form",
        var d when d.Value.HasFlag(PlaceDateDeviations.NoSuchDate) => "@date.nosuchdate",
        var d when d.Value.HasFlag(PlaceDateDeviations.Comma) => "@date.comma",
        var d when d.Value.HasFlag(PlaceDateDeviations.Spaces) => "@date.spaces",
        var d when d.Value.HasFlag(PlaceDateDeviations.Zero) => "@date.zero",
        _ => null,
    };
}
