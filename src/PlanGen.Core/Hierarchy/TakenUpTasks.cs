using PlanGen.Core.Model;
using PlanGen.Core.Validation;

namespace PlanGen.Core.Hierarchy;

/// <summary>The parent tasks a plan takes up: the <c>parent_task</c> ids of its sections.</summary>
internal sealed class TakenUpTasks
{
    private readonly HashSet<string> _ids;

    public TakenUpTasks(Plan plan) =>
        _ids = new HashSet<string>(PlanFacts.AllSections(plan).Select(s => s.ParentTask?.Trim()).OfType<string>(), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when the plan takes up the task, or a task that contains it: taking up "III.2" takes up
    /// its sub-tasks "III.2.1" … as well.
    /// </summary>
    public bool Contains(string taskId)
    {
        for (var id = taskId; id.Length > 0; id = id.Contains('.', StringComparison.Ordinal) ? id[..id.LastIndexOf('.')] : "")
        {
            if (_ids.Contains(id))
            {
                return true;
            }
        }
        return false;
    }
}
