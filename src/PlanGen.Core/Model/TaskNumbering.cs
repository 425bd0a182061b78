using System.Globalization;
using PlanGen.Core.Text;

namespace PlanGen.Core.Model;

/// <summary>
/// Numbers the rows of a task table by their place: groups I, II …, tasks 1, 2 … in each group,
/// sub-tasks 7.1, 7.2 … under their task; a task's id is its group's numeral and its number,
/// "III.2.1". The numbers are never written by hand, so a plan cannot say one its order does not.
/// </summary>
internal static class TaskNumbering
{
    public static IReadOnlyList<TaskGroup> Number(IReadOnlyList<TaskGroup> groups)
    {
        var numbered = new TaskGroup[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            var number = RomanNumeral.Format(i + 1);
            numbered[i] = groups[i] with { Number = number, Tasks = Tasks(groups[i].Tasks, number, "") };
        }
        return numbered;
    }

    private static PlanTask[] Tasks(IReadOnlyList<PlanTask> tasks, string group, string prefix)
    {
        var numbered = new PlanTask[tasks.Count];
        for (var i = 0; i < tasks.Count; i++)
        {
            var number = prefix + (i + 1).ToString(CultureInfo.InvariantCulture);
            numbered[i] = tasks[i] with { Id = group + "." + number, Number = number, SubTasks = Tasks(tasks[i].SubTasks, group, number + ".") };
        }
        return numbered;
    }
}
