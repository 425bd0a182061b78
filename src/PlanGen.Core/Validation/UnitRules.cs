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
        foreach (var section in PlanFacts.AllSections(context.Plan))
        {
            if (section.Assignment is { } assignment)
            {
                CheckAssignment(assignment, context, file);
            }
        }
        foreach (var task in context.Plan.Appendix?.AllTasks() ?? [])
        {
            CheckNames(task.Cells.LeadUnits.Concat(task.Cells.SupportUnits), context, file);
        }
        foreach (var group in context.Plan.Appendix?.Groups ?? [])
        {
            CheckNames(group.Cells.LeadUnits.Concat(group.Cells.SupportUnits), context, file);
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

    private static void CheckAssignment(Assignment assignment, CheckContext context, string file)
    {
        CheckNames(assignment.Lead.Concat(assignment.Support), context, file);
        foreach (var item in assignment.Items)
        {
            CheckAssignment(item, context, file);
        }
    }

    private static void CheckNames(IEnumerable<UnitName> names, CheckContext context, string file)
    {
        foreach (var unit in names)
        {
            if (!UnitCellSplitter.IsCollective(unit.Name) && !context.Units!.IsCollective(unit.Name) && context.Units.Find(UnitKeys.Clean(unit.Name)) is null)
            {
                Report(context, unit.Span, unit.Name, file);
            }
        }
    }

    private static void Report(CheckContext context, SourceSpan span, string name, string file) =>
        context.Diagnostics.Add(DiagnosticCode.UnitNotFound, span, name, file, string.Join("; ", context.Units!.Closest(name)));
}
