namespace PlanGen.Core.Reports.Deadlines;

/// <summary>What a date of <c>plangen deadlines</c> is.</summary>
public enum DeadlineKind
{
    /// <summary>A unit's report on the plan for one period is due (hạn gửi báo cáo).</summary>
    ReportDue,

    /// <summary>A task of the plan's appendix is carried out (thời gian thực hiện).</summary>
    Task,
}
