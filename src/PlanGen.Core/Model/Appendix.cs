namespace PlanGen.Core.Model;

/// <summary>Phụ lục — the task table printed after the signature, with its title.</summary>
/// <param name="Heading">The heading line, "Phụ lục" unless the plan says otherwise.</param>
/// <param name="Title">Its title, e.g. "Nhiệm vụ bảo đảm ATGT năm 2024 của …".</param>
public sealed record Appendix(string Heading, string Title, IReadOnlyList<TaskGroup> Groups) : ModelNode
{
    /// <summary>Every task and sub-task in reading order.</summary>
    public IEnumerable<PlanTask> AllTasks()
    {
        foreach (var group in Groups)
        {
            foreach (var task in group.Tasks)
            {
                yield return task;
                foreach (var sub in task.SubTasks)
                {
                    yield return sub;
                }
            }
        }
    }
}
