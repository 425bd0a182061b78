using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;
using PlanGen.Core.Units;

namespace PlanGen.Core.Validation;

/// <summary>
/// With a units.yaml, the units named in assignments, in the appendix's lead and supporting cells
/// and as recipients are ones it lists. Collective names ("Các sở, ban, ngành") stand for many
/// bodies and are not looked up, nor are the names units.yaml declares <c>collective</c>.
/// </summary>
public sealed class UnitRules : IPlanRule
{
    /// <inheritdoc />
    public void Check(CheckContext context)
    {
        if (context.Units is not { } units)
        {
            return;
        }
        var file = Path.GetFileName(units.Registry.Path);
        var names = new NameChecks(context, file);
        foreach (var section in PlanFacts.AllSections(context.Plan))
        {
            if (section.Assignment is { } assignment)
            {
                CheckAssignment(assignment, names);
            }
        }
        foreach (var task in context.Plan.Appendix?.AllTasks() ?? [])
        {
            names.Check(task.Cells.LeadUnits);
            names.Check(task.Cells.SupportUnits);
        }
        foreach (var group in context.Plan.Appendix?.Groups ?? [])
        {
            names.Check(group.Cells.LeadUnits);
            names.Check(group.Cells.SupportUnits);
        }
        foreach (var recipient in context.Plan.Recipients)
        {
            if (recipient.Unit is { } id && units.Find(id) is null)
            {
                Report(context, recipient.SpanOf("unit"), id, file);
            }
        }
        if (context.Plan.Issuer.UnitId is { } issuerId && units.Find(issuerId) is null)
        {
            Report(context, context.Plan.Issuer.SpanOf("unit"), issuerId, file);
        }
    }

    private static void CheckAssignment(Assignment assignment, NameChecks names)
    {
        names.Check(assignment.Lead);
        names.Check(assignment.Support);
        foreach (var item in assignment.Items)
        {
            CheckAssignment(item, names);
        }
    }

    // A plan names the same units on many rows ("Công an tỉnh", "Sở Giao thông vận tải"): each
    // name is looked up once per plan, and every place that writes an unknown one is reported.
    private sealed class NameChecks(CheckContext context, string file)
    {
        private readonly Dictionary<string, bool> _known = new(StringComparer.Ordinal);

        public void Check(IEnumerable<UnitName> names)
        {
            foreach (var unit in names)
            {
                if (!_known.TryGetValue(unit.Name, out var known))
                {
                    var units = context.Units!;
                    known = UnitCellSplitter.IsCollective(unit.Name) || units.IsCollective(unit.Name) || units.Find(UnitKeys.Clean(unit.Name)) is not null;
                    _known.Add(unit.Name, known);
                }
                if (!known)
                {
                    Report(context, unit.Span, unit.Name, file);
                }
            }
        }
    }

    private static void Report(CheckContext context, SourceSpan span, string name, string file) =>
        context.Diagnostics.Add(DiagnosticCode.UnitNotFound, span, name, file, string.Join("; ", context.Units!.Closest(name)));
}
