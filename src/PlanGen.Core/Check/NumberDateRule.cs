using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Check;

/// <summary>Box 3's "Số: 05/KH-UBND" and box 4's "Lào Cai, ngày 05 tháng 02 năm 2024" in the decree's form.</summary>
internal sealed partial class NumberDateRule : ICheckRule
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

    /// <summary>What is wrong with a number line, as a message word, or null.</summary>
    internal static string? NumberProblem(string text)
    {
        var match = NumberForm().Match(text);
        if (!match.Success) return "@num.form";
        var number = match.Groups["number"].Value;
        if (SpacedCode().IsMatch(match.Groups["code"].Value)) return "@num.spaces";
        if (number.Length == 0) return null; // a draft: the number is written in when it is issued
        if (match.Groups["space"].Value != " ") return "@num.prefix";
        if (match.Groups["gap"].Value.Length > 0) return "@num.spaces";
        return number.Length == 1 ? "@num.zero" : null;
    }

    /// <summary>What is wrong with a place and date line, as a message word, or null.</summary>
    internal static string? DateProblem(string text)
    {
        var match = DateForm().Match(text);
        if (!match.Success) return "@date.form";
        if (match.Groups["comma"].Value != ",") return "@date.comma";
        var day = match.Groups["day"].Value;
        var month = match.Groups["month"].Value;
        if (day.Length == 1 || (month.Length == 1 && month is "1" or "2")) return "@date.zero";
        return null;
    }

    // "Số:" one space, the number (blank in a draft), "/", the code with no spaces.
    [GeneratedRegex(@"^Số:(?<space>\s*)(?<number>\d*)(?<gap>\s*)/(?<code>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberForm();

    [GeneratedRegex(@"\s")]
    private static partial Regex SpacedCode();

    [GeneratedRegex(@"^(?<place>[^,]+?)(?<comma>,?)\s*ngày\s+(?<day>\d*)\s*tháng\s+(?<month>\d*)\s*năm\s+\d{4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DateForm();
}
