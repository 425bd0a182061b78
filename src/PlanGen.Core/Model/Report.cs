namespace PlanGen.Core.Model;

/// <summary>
/// A report (Báo cáo) on a plan, as read from its YAML: the header, title, recipients and signature
/// every document of the family has, and its own parts — the plan and the request it answers, the
/// period, Kính gửi, the figures, a status and result for each task of the plan, shortcomings, next
/// tasks and proposals (the format's table, <c>ReportFormat</c>, describes both).
/// </summary>
public sealed record Report : FamilyDocument
{
    /// <summary>The built-in template a report is built with when it names none.</summary>
    public const string BuiltInTemplate = "bao-cao";

    /// <summary>The plan reported on.</summary>
    public ReportedPlan? ReportsOn { get; init; }

    /// <summary>The letter that asked for the report, cited after the plan.</summary>
    public Citation? Request { get; init; }

    /// <summary>Other documents cited in the basis, after the plan and the request.</summary>
    public IReadOnlyList<Citation> Basis { get; init; } = [];

    /// <summary>Kỳ báo cáo.</summary>
    public ReportPeriod? Period { get; init; }

    /// <summary>The days the figures count, when the report sets them itself instead of the cut-off rule.</summary>
    public Period? Window { get; init; }

    /// <summary>The due date, when the report sets it itself instead of the due rule.</summary>
    public VnDate? Due { get; init; }

    /// <summary>Kính gửi: the bodies the report is addressed to.</summary>
    public IReadOnlyList<string> To { get; init; } = [];

    /// <summary>How part headings I, II … are printed: in capitals (the default) or as written.</summary>
    public HeadingCase HeadingCase { get; init; } = HeadingCase.Upper;

    /// <summary>The sentence after the bases: "Sở … báo cáo kết quả … như sau:".</summary>
    public string? Introduction { get; init; }

    /// <summary>Part I: the situation, printed with the figures table.</summary>
    public Section? Situation { get; init; }

    /// <summary>The figures, each with the same period a year before.</summary>
    public IReadOnlyList<Figure> Figures { get; init; } = [];

    /// <summary>Part II's opening: what is said of the results as a whole, before the tasks.</summary>
    public Section? Results { get; init; }

    /// <summary>A status and result for each task of the plan the unit leads or supports.</summary>
    public IReadOnlyList<TaskReport> Tasks { get; init; } = [];

    /// <summary>Tồn tại, hạn chế và nguyên nhân.</summary>
    public Section? Shortcomings { get; init; }

    /// <summary>Nhiệm vụ trọng tâm kỳ tới.</summary>
    public Section? NextTasks { get; init; }

    /// <summary>Đề xuất, kiến nghị.</summary>
    public Section? Proposals { get; init; }

    /// <summary>Further parts, each with its own title, printed before the proposals.</summary>
    public IReadOnlyList<Section> Extra { get; init; } = [];

    /// <summary>The closing sentence (the "./." is added).</summary>
    public string? Closing { get; init; }

    /// <summary>
    /// What the checks worked out from the plan reported on and the reporting rules (its citation,
    /// the window and due date, the tasks' content); null until the report has been checked.
    /// Never written back to YAML.
    /// </summary>
    public ReportFacts? Facts { get; init; }

    /// <inheritdoc />
    public override int? Year => Period?.Year ?? Date?.Year;
}
