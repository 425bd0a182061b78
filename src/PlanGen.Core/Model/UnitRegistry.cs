namespace PlanGen.Core.Model;

/// <summary>The units of a units.yaml file, with the file they came from.</summary>
public sealed record UnitRegistry(string Path, IReadOnlyList<Unit> Units) : ModelNode
{
    /// <summary>
    /// Names that stand for many bodies in this province's plans ("Công an", "UBND" for "… các
    /// cấp"), so cells naming them are not looked up; a '*' in one stands for any words.
    /// </summary>
    public IReadOnlyList<string> Collective { get; init; } = [];

    /// <summary>The province's chế độ báo cáo: the cut-off day, the due rule, the days off, where reports go.</summary>
    public ReportingRule? Reporting { get; init; }

    /// <summary>The figures the province counts, each with the unit whose count it is.</summary>
    public IReadOnlyList<FigureOwner> Figures { get; init; } = [];
}
