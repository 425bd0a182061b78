using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Validation;

/// <summary>
/// PG2019: a citation written out in full (<c>text</c>) beside its <c>number</c> or <c>date</c> must
/// contain them, so the printed "Kế hoạch số 04/KH-BATGT ngày 16/03/2022" cannot disagree with the
/// number and date the checks against the parent use. The parent's and every basis's citation.
/// </summary>
public sealed partial class CitationTextRules : IPlanRule
{
    [GeneratedRegex(@"(?<=^|\D)0+(?=\d)")]
    private static partial Regex LeadingZeros();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <inheritdoc />
    public void Check(CheckContext context)
    {
        // A parent named by path has its text compared with the generated citation (PG2115).
        if (context.Plan.Parent is { Path: null, Citation: { } parent })
        {
            Check(parent, context.Diagnostics);
        }
        foreach (var basis in context.Plan.Basis)
        {
            Check(basis, context.Diagnostics);
        }
    }

    /// <summary>The check of one citation, of any document of the family.</summary>
    internal static void Check(Citation citation, DiagnosticBag diagnostics)
    {
        if (citation.Text is not { } text || citation.FieldSpans.Count == 0)
        {
            return; // A citation that is only a text has nothing to agree with.
        }
        var written = Comparable(text);
        if (citation.Number is { } number && !ContainsNumber(written, Comparable(number)))
        {
            diagnostics.Add(DiagnosticCode.CitationTextDisagrees, citation.SpanOf("text"), MessageArgument.Word("citation.number"), number);
        }
        if (citation.Date is { } date && date.Day is not null && !ContainsDate(written, date))
        {
            diagnostics.Add(DiagnosticCode.CitationTextDisagrees, citation.SpanOf("text"), MessageArgument.Word("citation.date"), ShortDate.Format(date));
        }
    }

    // Leading zeros and case do not change a number ("03/KH-BATGT" is "3/kh-batgt").
    private static string Comparable(string text) =>
        Spaces().Replace(LeadingZeros().Replace(text, ""), " ").ToLower(CultureInfo.InvariantCulture);

    private static bool ContainsNumber(string text, string number) =>
        Regex.IsMatch(text, @"(?<![\p{L}\d/-])" + Regex.Escape(number) + @"(?![\p{L}\d/-])", RegexOptions.CultureInvariant);

    // "16/03/2022", "16/3/2022" or "ngày 16 tháng 3 năm 2022".
    private static bool ContainsDate(string text, VnDate date)
    {
        var (d, m, y) = (date.Day!.Value, date.Month!.Value, date.Year);
        var pattern = string.Create(CultureInfo.InvariantCulture,
            $@"(?<!\d)0*{d}(?:/0*{m}/|\s+tháng\s+0*{m}\s+năm\s+){y}(?!\d)");
        return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant);
    }
}
