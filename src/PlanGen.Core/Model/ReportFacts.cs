namespace PlanGen.Core.Model;

/// <summary>
/// What the checks work out for a report from the plan it reports on and the reporting rules, for
/// the template to print: the plan's citation, the period's name, the window and due date, and the
/// tasks reported on with the plan's own words for them, under the plan's groups.
/// </summary>
/// <param name="Plan">The citation of the plan reported on.</param>
/// <param name="PeriodName">The period as the report names it: "6 tháng đầu năm 2024".</param>
/// <param name="SamePeriod">The heading of last year's figures: "Cùng kỳ năm 2023".</param>
/// <param name="Window">The days the figures count.</param>
/// <param name="Due">The day the report is due.</param>
/// <param name="Groups">The plan's groups that hold a task the report speaks of, in the plan's order.</param>
public sealed record ReportFacts(Citation Plan, string PeriodName, string SamePeriod, Period Window, DateOnly Due, IReadOnlyList<ReportedGroup> Groups);

/// <summary>A group of the plan's task table with the tasks a report speaks of.</summary>
/// <param name="Number">Its numeral: "III"; empty when the plan could not be read.</param>
/// <param name="Title">Its title.</param>
/// <param name="Tasks">The tasks, in the plan's order.</param>
public sealed record ReportedGroup(string Number, string Title, IReadOnlyList<ReportedTask> Tasks);

/// <summary>A task a report speaks of, with the plan's cells for it.</summary>
/// <param name="Entry">What the report says.</param>
/// <param name="Number">The number the plan's table shows: "2.1".</param>
/// <param name="Content">The task as the plan words it; empty when the plan could not be read.</param>
/// <param name="Timeline">Its timeline (its group's or containing task's when it has none).</param>
/// <param name="Lead">Its lead units as the plan prints them.</param>
public sealed record ReportedTask(TaskReport Entry, string Number, string Content, string? Timeline, string? Lead);
