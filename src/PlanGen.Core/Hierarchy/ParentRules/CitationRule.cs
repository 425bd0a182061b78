using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Units;
using PlanGen.Core.Text;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>
/// PG2115: a child that names its parent by path and also writes citation fields by hand gets an
/// error at each field that disagrees with the citation generated from the parent.
/// </summary>
internal sealed partial class CitationRule : IParentRule
{
    [GeneratedRegex(@"(?<=^|\D)0+(?=\d)")]
    private static partial Regex LeadingZeros();

    public void Check(ParentCheckContext context)
    {
        if (context.Plan.Parent?.Citation is not { } written)
        {
            return;
        }
        var generated = context.Parent.Citation;
        var parent = context.Parent.Plan;
        Compare(context, written, "kind", written.Kind, generated.Kind, Same);
        Compare(context, written, "number", written.Number, generated.Number, (a, b) => Same(LeadingZeros().Replace(a, ""), LeadingZeros().Replace(b, "")));
        if (written.Date is { } date && generated.Date is { } parentDate && date.ToIsoText() != parentDate.ToIsoText())
        {
            Report(context, written, "date", ShortDate.Format(date), ShortDate.Format(parentDate));
        }
        Compare(context, written, "issuer", written.Issuer, generated.Issuer,
            (a, _) => UnitKeys.OfIssuer(parent.Issuer, context.Units).Contains(UnitKeys.Of(a, context.Units)));
        Compare(context, written, "subject", written.Subject, generated.Subject, (a, b) => Same(a, b) || Same(a, parent.Title));
        Compare(context, written, "text", written.Text, generated.ToText(),
            (a, b) => Same(a, b) || Same(a, "Thực hiện " + b) || Same(a, "Căn cứ " + b));
    }

    private static void Compare(ParentCheckContext context, Citation written, string field, string? value, string? expected, Func<string, string, bool> agree)
    {
        if (value is not null && expected is not null && !agree(value, expected))
        {
            Report(context, written, field, value, expected);
        }
    }

    private static void Report(ParentCheckContext context, Citation written, string field, string value, string expected) =>
        context.Diagnostics.Add(DiagnosticCode.CitationMismatch, written.SpanOf(field), MessageArgument.Word("citation." + field), value, expected);

    private static bool Same(string a, string b) => Normal(a) == Normal(b);

    private static string Normal(string text) => VietnameseText.Key(text).Trim('.', ';', ',', ' ', '"', '“', '”');
}
