using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;
using PlanGen.Core.Reports;
using PlanGen.Core.Templating;

namespace PlanGen.Core.Format;

/// <summary>
/// The report format (type BC, Báo cáo), described once as the plan's is: the rows every document
/// shares (<see cref="DocumentRows"/>) around a report's own (<see cref="ReportRows"/>). Templates
/// also see what the checks worked out (<see cref="Report.Facts"/>): the plan's citation, the
/// period's name, the window and due date, and the tasks under the plan's groups.
/// </summary>
internal static class ReportFormat
{
    private static readonly DocumentAccess<Report> Shared = new(
        new(r => r.Template, (r, v) => r with { Template = v }),
        new(r => r.TypeCode, (r, v) => r with { TypeCode = v }),
        new(r => r.UnitsPath, (r, v) => r with { UnitsPath = v }),
        new(r => r.Issuer, (r, v) => r with { Issuer = v }),
        new(r => r.Number, (r, v) => r with { Number = v }),
        new(r => r.Date, (r, v) => r with { Date = v }),
        new(r => r.Title, (r, v) => r with { Title = v }),
        new(r => r.Recipients, (r, v) => r with { Recipients = v }),
        new(r => r.Archive, (r, v) => r with { Archive = v }),
        new(r => r.Signature, (r, v) => r with { Signature = v }),
        new(r => r.Footnotes, (r, v) => r with { Footnotes = v }));

    /// <summary>The report: its keys in the order a report reads.</summary>
    public static Shape<Report> Report { get; } = new()
    {
        Name = "report",
        Text = new(
            "Báo cáo (type: BC) kết quả thực hiện một kế hoạch, theo Nghị định 30/2020/NĐ-CP. Xem docs/reports.md.",
            "A report (type: BC) on carrying out a plan, as plangen reads it. See docs/reports.md."),
        Create = () => new Report { SourcePath = "", TypeCode = "BC", Issuer = IssuerShape.Shape.Create(), Title = "" },
        Fields = [.. DocumentRows.Heading(Shared), .. ReportRows.Body, .. DocumentRows.Ending(Shared)],
        Finish = (report, map) =>
        {
            DocumentRows.CheckTitle(report.Title, map);
            FootnoteRules.Check(report.Footnotes, map);
            return map.Has("issuer") ? report : report with { Issuer = report.Issuer with { Span = map.Span } };
        },
        Computed =
        [
            ("year", r => r.Year),
            ("number_ref", r => VietnameseFormat.NumberReference(r.Number?.Value, r.TypeCode, r.Issuer.Code)),
            ("to_line", r => r.To.Count == 0 ? null : new Document.Grammar.Addressees(new(r.To)).Format()),
            ("plan_citation", r => CitationShapes.Citation.Model(r.Facts?.Plan ?? r.ReportsOn?.Citation)),
            ("period_name", r => r.Facts?.PeriodName),
            ("same_period", r => r.Facts?.SamePeriod),
            ("window_text", r => r.Facts is { } f ? "từ ngày " + Day(f.Window.From) + " đến ngày " + Day(f.Window.To) : null),
            ("due_text", r => r.Facts is { } f ? Day(f.Due) : null),
            ("groups", r => Models.List(r.Facts?.Groups ?? [], Group)),
        ],
    };

    private static string Day(DateOnly date) => Document.Grammar.ShortDate.Format(new VnDate(date.Year, date.Month, date.Day));

    private static ModelObject Group(ReportedGroup group) => new("reported group", null)
    {
        ["number"] = group.Number,
        ["title"] = group.Title,
        ["tasks"] = Models.List(group.Tasks, Task),
    };

    private static ModelObject Task(ReportedTask task)
    {
        var model = (ModelObject)ReportShapes.Task.Model(task.Entry)!;
        model["number"] = task.Number;
        model["content"] = task.Content;
        model["timeline"] = task.Timeline;
        model["lead"] = task.Lead;
        return model;
    }
}
