using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Units;

namespace PlanGen.Core.Reports.Aggregation;

/// <summary>
/// The parent's figures from its units': a figure units.yaml gives an owner is that unit's count
/// alone (the police's accident figures are not added to every department's repetition of them;
/// PG2220 names the others, PG2221 says when the owner has not reported it); a figure no unit owns
/// is the sum of the units' counts, leaving out a unit whose unit above also reported it, which
/// already holds its count.
/// </summary>
internal static class FigureTotals
{
    public static IReadOnlyList<Figure> Of(IReadOnlyList<UnitReport> reports, UnitMatcher units, DiagnosticBag diagnostics)
    {
        var rows = reports.SelectMany(r => r.Report.Figures.Where(f => f.Name.Trim().Length > 0).Select(f => (Report: r, Figure: f)));
        var totals = new List<Figure>();
        foreach (var group in rows.GroupBy(x => x.Figure.Id ?? Text.VietnameseText.Key(x.Figure.Name), StringComparer.Ordinal))
        {
            var first = group.First().Figure;
            var ownerId = units.Registry.Figures.FirstOrDefault(f => f.Id == first.Id)?.Owner
                ?? (first.Owner is { } written ? units.Find(UnitKeys.Clean(written))?.Id : null);
            if (ownerId is not null)
            {
                var owned = group.FirstOrDefault(x => x.Report.Unit.Id == ownerId);
                var others = group.Where(x => x.Report.Unit.Id != ownerId).ToList();
                var ownerName = units.Find(ownerId)?.Name ?? ownerId;
                if (owned.Figure is null)
                {
                    diagnostics.Add(DiagnosticCode.FigureOwnerNotReported, first.Span, first.Name, ownerName);
                    continue;
                }
                if (others.Count > 0)
                {
                    diagnostics.Add(DiagnosticCode.FigureCountedOnce, others[0].Figure.Span, first.Name, string.Join(", ", group.Select(x => x.Report.Name)), owned.Report.Name);
                }
                totals.Add(owned.Figure with { Owner = null, Span = default, FieldSpans = new Dictionary<string, SourceSpan>() });
                continue;
            }
            var counted = group.Where(x => !group.Any(y => y.Report.Unit.Id != x.Report.Unit.Id && IsAbove(y.Report.Unit, x.Report.Unit, units))).ToList();
            totals.Add(new Figure(first.Name, first.Measure, Sum(counted.Select(x => x.Figure.ThisPeriod)), Sum(counted.Select(x => x.Figure.LastYear))) { Id = first.Id });
        }
        return totals;
    }

    // A count missing from one unit leaves the total unknown rather than short.
    private static long? Sum(IEnumerable<long?> counts)
    {
        long total = 0;
        foreach (var count in counts)
        {
            if (count is not { } value)
            {
                return null;
            }
            total += value;
        }
        return total;
    }

    private static bool IsAbove(Unit above, Unit unit, UnitMatcher units)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var at = unit.ParentId; at is not null && seen.Add(at); at = units.Find(at)?.ParentId)
        {
            if (at == above.Id)
            {
                return true;
            }
        }
        return false;
    }
}
