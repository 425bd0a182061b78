using PlanGen.Core.Document;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Core.Reports;

namespace PlanGen.Core.Import;

/// <summary>
/// Recognises a report (Báo cáo) in a read document, in the order the report is written: the
/// header and "BÁO CÁO" with its subject, "Kính gửi:", the sentence of bases citing the plan, I. the
/// situation with the figures table, II. the results (a clause per task group, a point per task
/// with "- Tình trạng:", "- Kết quả:", "- Văn bản đã ban hành:"), the further parts, the closing,
/// and the appendix, whose rows give the tasks' ids. The computed change column is output, not
/// input: only the counts are read back.
/// </summary>
internal static class ReportRecognizer
{
    /// <summary>The report in <paramref name="source"/>, to be written at <paramref name="yamlPath"/> (whose folder is searched for the plan it cites).</summary>
    public static ImportedReport Recognize(PlanGenRun run, ImportSource source, Diagnostics.DiagnosticBag diagnostics, string yamlPath)
    {
        var document = source.Document;
        var footnotes = source.Footnotes;
        var r = new Recognition(document, source.Lines(), diagnostics, source.Outline);
        var header = HeaderRecognizer.Read(r);
        HeaderRecognizer.ReadPost(r, header, FamilyTypes.Report.Name);
        var to = AddresseeLines.Read(r);
        var bases = ReportBasis.Read(r);
        var parts = ReportParts.Read(r);
        var closing = ClosingRecognizer.Read(r);
        var ids = ReportParts.AppendixIds(r);
        for (; !r.AtEnd; r.Index++) r.Unplaced(r.Current, "extra");

        var introduction = bases.Introduction;
        var issuer = IssuerInference.Infer(r, header, null, closing.Signature);
        if (bases.Who is { } who && who != issuer.Name) issuer = issuer with { ShortName = who };
        var plan = ReportedPlanFinder.Find(bases.Plan, yamlPath, document.Source?.File);
        var units = plan is null ? null : Validation.PlanValidator.LoadUnits(run, plan, new Diagnostics.DiagnosticBag());
        if (units?.Find(issuer.Name) is { } unit) issuer = issuer with { UnitId = unit.Id, Level = unit.Level };
        var title = header.Title ?? "TODO";
        if (header.Title is null) r.Guessed("title", title, Diagnostics.MessageWord.Why.NoTitle);
        var report = new Report
        {
            SourcePath = r.File,
            Template = Report.BuiltInTemplate,
            TypeCode = DocumentTypes.Report,
            Issuer = issuer,
            Number = header.Number is { } n ? new DocumentNumber(n) : null,
            Date = header.Date,
            Title = title,
            ReportsOn = plan is not null ? new ReportedPlan(YamlPaths.FromFile(yamlPath, plan.SourcePath), null)
                : bases.Plan is { } cited ? new ReportedPlan(null, Plain(cited)) : null,
            Request = bases.Request is { } request ? Plain(request) : null,
            Basis = [.. bases.Others.Select(Plain)],
            // The figures table's column, the opening sentence, else the subject ("… NĂM 2024").
            Period = parts.Period ?? bases.Period ?? (header.Title is { } subject ? ReportPeriods.Named(subject) : null),
            To = to,
            Introduction = introduction,
            Situation = parts.Situation,
            Figures = [.. parts.Figures.Select(f => WithId(f, units))],
            Results = parts.Results,
            Tasks = ReportParts.Reported(r, parts.Tasks, ids),
            Shortcomings = parts.Shortcomings,
            NextTasks = parts.NextTasks,
            Extra = parts.Extra,
            Proposals = parts.Proposals,
            Closing = closing.Closing,
            Recipients = [.. closing.Recipients.Select(c => WithUnit(c, units))],
            Archive = closing.Archive,
            Signature = closing.Signature,
            Footnotes = footnotes,
        };
        r.Report();
        return new ImportedReport(report, r.Notes, r.File);
    }

    private static Citation Plain(string text) => new(null, null, null, null, null, text);

    // The id units.yaml gives a figure of the same name, so an aggregate takes the owner's count.
    private static Figure WithId(Figure figure, Units.UnitMatcher? units) =>
        units?.Registry.Figures.FirstOrDefault(f => f.Name == figure.Name && (f.Measure is null || f.Measure == figure.Measure)) is { } owned
            ? figure with { Id = owned.Id }
            : figure;

    // A recipient units.yaml knows ("UBND tỉnh (b/c)": the words before the bracket) is tied to its unit, as report init writes it.
    private static Recipient WithUnit(Recipient recipient, Units.UnitMatcher? units)
    {
        var bracket = recipient.Text.IndexOf(" (", StringComparison.Ordinal);
        var name = bracket > 0 ? recipient.Text[..bracket] : recipient.Text;
        return recipient.Unit is null && units?.Find(name) is { } unit ? recipient with { Unit = unit.Id } : recipient;
    }
}
