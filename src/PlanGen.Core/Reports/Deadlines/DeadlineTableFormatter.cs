using System.Globalization;
using System.Text;
using PlanGen.Core.Output;

namespace PlanGen.Core.Reports.Deadlines;

/// <summary>The dates of <c>plangen deadlines</c> as a plain-text table for the terminal, the earliest first and the undated last.</summary>
public static class DeadlineTableFormatter
{
    /// <summary>The table and its summary line, in <paramref name="language"/> (<c>vi</c> or <c>en</c>).</summary>
    public static string Format(IReadOnlyList<DeadlineEntry> entries, string language)
    {
        var rows = InOrder(entries).Select(e => new[]
        {
            Dates(e, language),
            DeadlineText.Kind(e.Kind, language),
            e.PlanName,
            e.Key,
            TextTable.Cut(e.Unit, 32),
            TextTable.Cut(e.When, 32),
            TextTable.Cut(e.What, 50),
        }).ToList();
        var text = new StringBuilder();
        TextTable.Append(text, DeadlineText.Headers(language), rows);
        return text.Append(DeadlineText.Summary(entries, language)).Append('\n').ToString();
    }

    /// <summary>The dated lines by their first day (a stable sort keeps the plan's order within a day), then the undated.</summary>
    public static IEnumerable<DeadlineEntry> InOrder(IReadOnlyList<DeadlineEntry> entries) =>
        entries.OrderBy(e => e.IsDated ? 0 : 1).ThenBy(e => e.From ?? DateOnly.MaxValue);

    private static string Dates(DeadlineEntry entry, string language) => entry switch
    {
        { From: { } from, To: { } to } when from == to => Day(from),
        { From: { } from, To: { } to } => Day(from) + " – " + Day(to),
        _ => DeadlineText.NotDated(language),
    };

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
