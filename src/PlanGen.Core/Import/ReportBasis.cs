using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Core.Reports;

namespace PlanGen.Core.Import;

/// <summary>
/// The report's sentence of bases: "Thực hiện &lt;the plan&gt;; &lt;the request&gt;; &lt;other
/// bases&gt;, &lt;introduction&gt;". Without an introduction of its own the sentence ends "&lt;issuer&gt;
/// báo cáo kết quả thực hiện &lt;period&gt; như sau:", which names the issuer's short name and the period.
/// The citations are parted by the grammar (<see cref="CitationPhrase.Split"/>).
/// </summary>
internal sealed record ReportBasis(string? Plan, string? Request, IReadOnlyList<string> Others, string? Introduction, string? Who, ReportPeriod? Period)
{
    private const string Lead = "Thực hiện ";
    private const string Reports = " báo cáo kết quả thực hiện ";
    private const string Ends = " như sau:";

    // The kinds a request for a report is sent as; any other document cited after the plan is a basis.
    private static readonly string[] RequestKinds = ["Công văn", "Thông báo", "Văn bản", "Công điện"];

    /// <summary>Reads the sentence at the cursor when it opens with "Thực hiện"; an empty basis otherwise.</summary>
    public static ReportBasis Read(Recognition r)
    {
        if (r.AtEnd || r.Current.Table is not null || !r.Current.Text.StartsWith(Lead, StringComparison.Ordinal))
        {
            return new ReportBasis(null, null, [], null, null, null);
        }
        var text = r.Current.Text[Lead.Length..];
        r.Index++;
        string? introduction = null, who = null;
        ReportPeriod? period = null;
        var cited = text;
        var reports = text.LastIndexOf(Reports, StringComparison.Ordinal);
        var comma = reports < 0 ? -1 : text.LastIndexOf(", ", reports, StringComparison.Ordinal);
        if (comma >= 0 && text.EndsWith(Ends, StringComparison.Ordinal))
        {
            // The sentence plangen writes when the report has no introduction of its own.
            who = text[(comma + 2)..reports].Trim();
            period = ReportPeriods.Parse(text[(reports + Reports.Length)..^Ends.Length]);
            cited = text[..comma];
        }
        else if (LastIntroduction(text) is { } at)
        {
            introduction = text[(at + 2)..].Trim();
            cited = text[..at];
        }
        var citations = CitationPhrase.Split(cited);
        var plan = citations.Count > 0 ? citations[0] : null;
        var rest = citations.Skip(1).ToList();
        var request = rest.FirstOrDefault(c => RequestKinds.Any(k => c.StartsWith(k, StringComparison.Ordinal)));
        return new ReportBasis(plan, request, [.. rest.Where(c => !ReferenceEquals(c, request))], introduction, who, period);
    }

    // The introduction follows the last ", " after which no document is cited.
    private static int? LastIntroduction(string text)
    {
        var at = text.LastIndexOf(", ", StringComparison.Ordinal);
        return at > 0 && DocumentKinds.AtStart(text, at + 2) is null ? at : null;
    }
}
