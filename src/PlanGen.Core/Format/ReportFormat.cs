using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;
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
    /// <summary>The report: its keys in the order a report reads.</summary>
    public static Shape<Report> Report { get; } = new()
    {
        Name = "report",
        Text = new(
            "Báo cáo (type: BC) kết quả thực hiện một kế hoạch, theo Nghị định 30/2020/NĐ-CP. Xem docs/reports.md.",
            "A report (type: BC) on carrying out a plan, as plangen reads it. See docs/reports.md."),
        Create = () => new Report { SourcePath = "", TypeCode = "BC", Issuer = IssuerShape.Shape.Create(), Title = "" },
        Fields = [.. DocumentRows.Heading<Report>(), .. ReportRows.Body, .. DocumentRows.Ending<Report>()],
        Finish = DocumentRows.Finish,
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
