using PlanGen.Core.Format;
using PlanGen.Core.Hierarchy;
using PlanGen.Core.Model;

namespace PlanGen.Core.Reports;

/// <summary>
/// The report skeleton <c>report init</c> writes for a unit: what the plan and units.yaml settle
/// (the header, the plan by path, the period, Kính gửi, the tasks by id, the figures the unit
/// owns), and "TODO" where only the unit can supply the words or the counts, with comments
/// (Vietnamese, then English) quoting each task's content and timeline. Written by the one writer.
/// </summary>
internal static class SkeletonReport
{
    private const string Todo = "TODO";

    public static string Write(ReportStart s)
    {
        var report = Report(s);
        var comments = new List<YamlComment>
        {
            new("number", "TODO: số và ngày ban hành khi ký (number: 12, date: 2024-06-18). / Number and date once signed."),
            new("tasks", "TODO: mỗi nhiệm vụ: status (hoàn thành, đang triển khai, chưa triển khai, thường xuyên, chậm tiến độ) và result. / For each task: its status and result."),
            new("signature.name", "TODO: họ tên người ký (name: …). / The signer's name."),
        };
        if (report.Figures.Count > 0)
        {
            comments.Add(new("figures", "TODO: ghi số liệu kỳ này (this_period) và cùng kỳ năm trước (last_year), chỉ chữ số. / Enter this period's and last year's counts, digits only."));
        }
        for (var i = 0; i < s.Tasks.Count; i++)
        {
            var (task, leads) = s.Tasks[i];
            var role = leads ? "chủ trì / lead" : "phối hợp / support";
            comments.Add(new YamlComment($"tasks[{i + 1}]", $"{task.Id} ({role}): {ReportRules.Excerpt(task.Task.Content)} — Thời gian / timeline: {task.Timeline?.Text ?? "—"}"));
        }
        return Format.PlanWriter.Write(ReportFormat.Report, report, comments,
        [
            "Báo cáo của " + s.Unit.Name + " về " + s.CitationShort + ", " + ReportPeriods.Name(s.Period) + ".",
            "Khung do `plangen report init` tạo; hoàn thiện các chỗ ghi TODO. / Skeleton written by `plangen report init`; complete each TODO.",
            $"Số liệu từ {ReportRules.Day(s.Window.From)} đến {ReportRules.Day(s.Window.To)}; hạn gửi {ReportRules.Day(s.Due)}. / Figures {ReportRules.Day(s.Window.From)} – {ReportRules.Day(s.Window.To)}; due {ReportRules.Day(s.Due)}.",
        ]);
    }

    private static Report Report(ReportStart s)
    {
        var plan = s.Plan;
        var subject = ParentCitation.Subject(plan.Title);
        var parentOfUnit = s.Unit.ParentId is null ? null : s.Units.Find(s.Unit.ParentId);
        return new Report
        {
            SourcePath = "",
            TypeCode = DocumentTypes.Report,
            UnitsPath = s.UnitsPath,
            Issuer = new Issuer(parentOfUnit?.Name, s.Unit.Name, s.Unit.Code ?? Todo, plan.Issuer.Place, s.Unit.Level, s.Unit.Id,
                s.ShortName != s.Unit.Name ? s.ShortName : null),
            Title = "Kết quả " + ReportPeriods.Name(s.Period) + " thực hiện Kế hoạch " + subject,
            ReportsOn = new ReportedPlan(s.PlanPath, null),
            Period = s.Period,
            To = [s.To],
            Situation = Paragraph("TODO: tình hình chung trong kỳ."),
            Figures = [.. s.Units.Registry.Figures.Where(f => f.Owner == s.Unit.Id).Select(f => new Figure(f.Name, f.Measure, null, null) { Id = f.Id })],
            Results = Paragraph("TODO: kết quả chung: việc quán triệt, ban hành văn bản triển khai."),
            Tasks = [.. s.Tasks.Select(t => new TaskReport(t.Task.Id, null, [Todo], []))],
            Shortcomings = Paragraph("TODO: tồn tại, hạn chế và nguyên nhân."),
            NextTasks = Paragraph("TODO: nhiệm vụ trọng tâm kỳ tới."),
            Proposals = Paragraph("TODO: đề xuất, kiến nghị."),
            Closing = "Trên đây là báo cáo của " + s.ShortName + " về kết quả " + ReportPeriods.Name(s.Period) + " thực hiện " + s.CitationShort,
            Recipients = [new Recipient("Như trên", null)],
            Archive = ["VT"],
            Signature = Hierarchy.Derive.DefaultSignature.For(s.Unit.Level),
        };
    }

    private static Section Paragraph(string text) => new(null, [text], [], [], null, null, null, []);
}
