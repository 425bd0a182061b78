namespace PlanGen.Core.Model;

/// <summary>How often a kind of report recurs, as offices name it; or two dates written out for a report of its own.</summary>
public enum ReportCycle
{
    /// <summary>A month: báo cáo tháng.</summary>
    Month,

    /// <summary>A quarter: báo cáo quý.</summary>
    Quarter,

    /// <summary>The first six months: sơ kết 6 tháng.</summary>
    SixMonths,

    /// <summary>The first nine months.</summary>
    NineMonths,

    /// <summary>The year: tổng kết năm.</summary>
    Year,

    /// <summary>Two dates written out.</summary>
    Dates,
}
