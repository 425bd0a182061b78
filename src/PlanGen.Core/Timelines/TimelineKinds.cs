namespace PlanGen.Core.Timelines;

/// <summary>
/// What a thời gian thực hiện says about when the work happens. A text may say several things at
/// once: <c>Hoàn thành trong Quý I/2024 và duy trì thường xuyên</c> is dated and continuous.
/// </summary>
[Flags]
public enum TimelineKinds
{
    /// <summary>Nothing recognised.</summary>
    None = 0,

    /// <summary>Names a day, month, quarter, half year, school-year start or year.</summary>
    Dated = 1,

    /// <summary>Thường xuyên, duy trì, trong năm: the work goes on all the time.</summary>
    Continuous = 2,

    /// <summary>Khi có chỉ đạo, đột xuất, khi được yêu cầu, theo chỉ đạo, theo kế hoạch.</summary>
    OnDemand = 4,

    /// <summary>Định kỳ, hàng năm, các đợt cao điểm, 6 tháng 1 lần, a schedule of sơ kết/tổng kết.</summary>
    Recurring = 8,
}
