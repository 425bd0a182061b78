using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Format;
using PlanGen.Core.Hierarchy;
using PlanGen.Core.Model;
using PlanGen.Core.Units;

namespace PlanGen.Core.Reports.Aggregation;

/// <summary>
/// The parent's report draft as YAML to edit: the plan's issuer reports on its plan for the period,
/// the tasks and figures put together from the units', TODO where the body must write its own
/// words, and comments naming the reports taken and the units still to report.
/// </summary>
internal static class SkeletonAggregate
{
    public static string Write(Plan plan, UnitMatcher units, ReportPeriod period, string path, IReadOnlyList<UnitReport> taken,
        IReadOnlyList<Figure> figures, IReadOnlyList<TaskReport> tasks, IReadOnlyList<Unit> notReported)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var issuerUnit = UnitKeys.UnitOf(plan.Issuer, units);
        var rule = Schedule.EffectiveRule.Of(plan.Reporting, issuerUnit?.Reporting, units.Registry.Reporting);
        var citation = ParentCitation.Of(plan) with { Subject = null };
        var name = ReportPeriods.Name(period);
        var report = new Report
        {
            SourcePath = "",
            TypeCode = DocumentTypes.Report,
            UnitsPath = YamlPaths.FromFolder(folder, units.Registry.Path),
            Issuer = plan.Issuer with { Span = default, FieldSpans = new Dictionary<string, Diagnostics.SourceSpan>() },
            Title = "Kết quả " + name + " thực hiện Kế hoạch " + ParentCitation.Subject(plan.Title),
            ReportsOn = new ReportedPlan(YamlPaths.FromFolder(folder, plan.SourcePath), null),
            Period = period,
            To = [rule.To ?? plan.Parent?.Citation?.Issuer ?? "TODO"],
            Situation = Paragraph("TODO: tình hình chung trong kỳ."),
            Figures = figures,
            Results = Paragraph("TODO: kết quả chung."),
            Tasks = tasks,
            Shortcomings = Paragraph("TODO: tồn tại, hạn chế và nguyên nhân."),
            NextTasks = Paragraph("TODO: nhiệm vụ trọng tâm kỳ tới."),
            Proposals = Paragraph("TODO: đề xuất, kiến nghị."),
            Closing = "Trên đây là báo cáo kết quả " + name + " thực hiện " + citation.ToText(),
            Recipients = [new Recipient("Như trên", null)],
            Archive = ["VT"],
            Signature = plan.Signature is { } signature ? signature with { Name = null } : Hierarchy.Derive.DefaultSignature.For(plan.Issuer.Level),
        };
        var heading = new List<string>
        {
            "Báo cáo tổng hợp " + name + " về " + citation.ToText() + ".",
            "Khung do `plangen report aggregate` tạo từ báo cáo của: " + string.Join(", ", taken.Select(t => t.Name)) + ". / Put together by `plangen report aggregate`.",
        };
        if (notReported.Count > 0)
        {
            heading.Add("Chưa báo cáo / not reported: " + string.Join(", ", notReported.Select(u => u.Name)) + ".");
        }
        return PlanWriter.Write(ReportFormat.Report, report, [new YamlComment("signature", "TODO: họ tên người ký (name: …). / The signer's name.")], heading);
    }

    private static Section Paragraph(string text) => new(null, [text], [], [], null, null, null, []);
}
