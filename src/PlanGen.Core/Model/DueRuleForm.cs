namespace PlanGen.Core.Model;

/// <summary>How a report's due date follows from its cut-off date.</summary>
public enum DueRuleForm
{
    /// <summary>"trước ngày 20": the last working day before that day of the month.</summary>
    BeforeDay,

    /// <summary>"ngày 20": that day of the month, or the next working day when it is a day off.</summary>
    OnDay,

    /// <summary>"2 ngày làm việc sau ngày chốt số liệu": so many working days after the cut-off.</summary>
    WorkingDays,
}
