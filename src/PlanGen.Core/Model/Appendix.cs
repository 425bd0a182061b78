namespace PlanGen.Core.Model;

/// <summary>Phụ lục — the task table printed after the signature, with its title.</summary>
/// <param name="Heading">The heading line, "Phụ lục" unless the plan says otherwise.</param>
/// <param name="Title">Its title, e.g. "Nhiệm vụ bảo đảm ATGT năm 2024 của …".</param>
/// <param name="Groups">The group rows with their tasks, numbered here by their place (I, II …; 1, 2 …; 7.1 …).</param>
public sealed record Appendix(string Heading, string Title, IReadOnlyList<TaskGroup> Groups) : ModelNode
{
    /// <summary>
    /// The groups, numbered by their place: a group's number and each task's id ("I.7.2") follow
    /// from where they stand, as the YAML writes them, so other plans can cite them.
    /// </summary>
    public IReadOnlyList<TaskGroup> Groups { get; init => field = TaskNumbering.Number(value); } = TaskNumbering.Number(Groups);

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
