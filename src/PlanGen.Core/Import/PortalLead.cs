using System.Text.RegularExpressions;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>
/// The sentence with which an office's portal posts a letter it lost the header of: "Ngày
/// 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc hướng dẫn …, cụ thể như
/// sau:" — the date, the issuer, the number and the subject of a công văn.
/// </summary>
internal sealed partial record PortalLead(VnDate? Date, string Issuer, int Number, string Code, string? Subject)
{
    [GeneratedRegex(@"^Ngày\s+(?<date>\d{1,2}/\d{1,2}/\d{4}),\s+(?<who>\p{Lu}[^,]{1,80}?)\s+ban hành\s+(?:Văn bản|Công văn|văn bản|công văn)\s+số\s+(?<number>\d{1,6})/(?<code>[\p{L}\d&.\-]+)(?:\s+(?:về việc|V/v)\s+(?<subject>.+?))?\s*(?:,\s*cụ thể như sau:|như sau:|\.)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The lead a paragraph is; null for any other.</summary>
    public static PortalLead? Parse(string text)
    {
        if (Pattern().Match(text.Trim()) is not { Success: true } match || !int.TryParse(match.Groups["number"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)) return null;
        return new PortalLead(ShortDate.TryParse(match.Groups["date"].Value, out var date) ? date : null, match.Groups["who"].Value.Trim(), number, match.Groups["code"].Value, match.Groups["subject"].Success ? match.Groups["subject"].Value.Trim() : null);
    }
}
