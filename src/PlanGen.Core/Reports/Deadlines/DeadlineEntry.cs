namespace PlanGen.Core.Reports.Deadlines;

/// <summary>One line of <c>plangen deadlines</c>: a report due or a task's timeline, with the plan it comes from.</summary>
/// <param name="Kind">A report due date or a task's timeline.</param>
/// <param name="PlanPath">The plan's file, as given on the command line or found in a folder.</param>
/// <param name="PlanName">The plan as a clerk names it: its number and code, or its file name for a draft.</param>
/// <param name="Key">The task's id, or the period's short form (2024-6m) for a report.</param>
/// <param name="Unit">The unit that reports, or the task's lead units; empty when none is named.</param>
/// <param name="What">The task's content, or the report's name (Báo cáo 6 tháng đầu năm 2024).</param>
/// <param name="When">The task's timeline as written; empty for a report.</param>
/// <param name="From">The first day, when the line is dated.</param>
/// <param name="To">The last day (the due date of a report), when the line is dated.</param>
/// <param name="Issued">The plan's date of issue (the first day of its period for a draft): the calendar's stamp, never the clock.</param>
/// <param name="Uid">The calendar event's id, the same on every run so a calendar updates the event rather than adding it twice.</param>
public sealed record DeadlineEntry(
    DeadlineKind Kind,
    string PlanPath,
    string PlanName,
    string Key,
    string Unit,
    string What,
    string When,
    DateOnly? From,
    DateOnly? To,
    DateOnly Issued,
    string Uid)
{
    /// <summary>True when the line names days a calendar can hold; "Thường xuyên" and "Khi có chỉ đạo" do not.</summary>
    public bool IsDated => From is not null && To is not null;
}
