namespace PlanGen.Core.Model;

/// <summary>Hạn gửi báo cáo: a day of the month (before it, or on it), or working days after the cut-off.</summary>
/// <param name="Form">Which form.</param>
/// <param name="Value">The day of the month (1–31), or the number of working days.</param>
public sealed record DueRule(DueRuleForm Form, int Value) : ModelNode;
