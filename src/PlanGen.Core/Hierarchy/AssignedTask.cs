using PlanGen.Core.Model;
using PlanGen.Core.Units;

namespace PlanGen.Core.Hierarchy;

/// <summary>
/// A task of a plan's appendix with the cells that apply to it: a task that leaves its timeline or
/// units empty takes its group's (group VIII of the Lào Cai plan) or its containing task's.
/// </summary>
internal sealed record AssignedTask(PlanTask Task, Timeline? Timeline, IReadOnlyList<UnitName> Lead, IReadOnlyList<UnitName> Support)
{
    public string Id => Task.Id;

    /// <summary>Every task and sub-task of a plan in reading order.</summary>
    public static List<AssignedTask> Of(Plan plan)
    {
        var result = new List<AssignedTask>();
        if (plan.Appendix is null)
        {
            return result;
        }
        foreach (var group in plan.Appendix.Groups)
        {
            foreach (var task in group.Tasks)
            {
                var assigned = Inherit(task, group.Cells.Timeline, group.Cells.LeadUnits, group.Cells.SupportUnits);
                result.Add(assigned);
                foreach (var sub in task.SubTasks)
                {
                    result.Add(Inherit(sub, assigned.Timeline, assigned.Lead, assigned.Support));
                }
            }
        }
        return result;
    }

    /// <summary>True when one of the lead units is the unit with these keys.</summary>
    public bool IsLedBy(IReadOnlySet<string> unit, Units.UnitMatcher? units) => Lead.Any(u => unit.Contains(UnitKeys.Of(u.Name, units)));

    /// <summary>True when one of the supporting units is the unit with these keys.</summary>
    public bool IsSupportedBy(IReadOnlySet<string> unit, Units.UnitMatcher? units) => Support.Any(u => unit.Contains(UnitKeys.Of(u.Name, units)));

    private static AssignedTask Inherit(PlanTask task, Timeline? timeline, IReadOnlyList<UnitName> lead, IReadOnlyList<UnitName> support)
    {
        var cells = task.Cells;
        var ownUnits = cells.LeadUnits.Count > 0 || cells.SupportUnits.Count > 0;
        return new AssignedTask(task, cells.Timeline ?? timeline, ownUnits ? cells.LeadUnits : lead, ownUnits ? cells.SupportUnits : support);
    }
}
