using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Core.Model;
using DocumentOutline = PlanGen.Core.Recognition.DocumentOutline;

namespace PlanGen.Core.Import;

/// <summary>
/// Recognises a plan in a read document (DOCX, PDF or text alike): header, title, bases, parts,
/// closing, recipients, signature and appendix, in that order. Nothing is dropped: a line no rule
/// places is kept as text in the section nearest to it, with a warning that says where it was.
/// </summary>
public static partial class PlanRecognizer
{
    [GeneratedRegex(@"năm\s+(?<y>\d{4})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleYear();

    /// <summary>The plan in <paramref name="document"/>; null after reporting PG6002, which says what the document is instead, when it holds no plan.</summary>
    /// <param name="template">A template name to use instead of the one the document's parts suggest.</param>
    public static ImportedPlan? Recognize(LayoutDocument document, DiagnosticBag diagnostics, string? template = null) =>
        Recognize(ImportSource.Of(document), diagnostics, template);

    /// <summary>The plan in a document read for its import; null after reporting PG6002 when it holds no plan.</summary>
    internal static ImportedPlan? Recognize(ImportSource source, DiagnosticBag diagnostics, string? template = null)
    {
        var footnotes = source.Footnotes;
        var runOn = new List<ImportLine>();
        var apart = RunOnLines.Apart(source.Document, runOn);
        // A page run on into one line, read apart, is a tree of other paragraphs: its outline and its lines are its own.
        var outline = runOn.Count == 0 ? source.Outline : DocumentOutline.Of(apart);
        var r = runOn.Count == 0 ? new Recognition(source.Document, source.Lines(), diagnostics, outline) : new Recognition(apart, DocumentLines.Of(outline.Lines), diagnostics, outline);
        foreach (var line in runOn) r.Reshaped(line, "title", MessageWord.How.RunOn);
        var header = HeaderRecognizer.Read(r);
        HeaderRecognizer.ReadPost(r, header, FamilyTypes.Plan.Name);
        var basis = BasisRecognizer.Read(r, header);
        var before = new List<ImportLine>(header.Unplaced);
        // The parts are the outline's: what stands between the bases and its first part is kept before them.
        var body = BodyRecognizer.Placed(r);
        while (!r.AtEnd && r.Current.Table is null && !BodyRecognizer.EndsBody(r.Current) && r.Index < body.Start)
        {
            before.Add(r.Current);
            r.Index++;
        }
        var parts = BodyRecognizer.Read(r, body);
        // A page that lost its type line and parts is still a plan when its number says so ("Số: 335/KH-UBND").
        // So is a page that starts at its bases when its introduction says it issues a plan ("… ban hành Kế hoạch … như sau:").
        if (header.Title is null && parts.Count == 0 && !header.NumberSaysPlan && !IntroducesPlan(basis.Introduction))
        {
            r.Report();
            diagnostics.Add(DiagnosticCode.ImportNotAPlan, SourceSpan.WholeFile(r.File), NotAPlan.What(r.Lines));
            return null;
        }
        var closing = ClosingRecognizer.Read(r);
        var after = new List<ImportLine>();
        var appendix = AppendixRecognizer.Read(r, header, after);
        for (; !r.AtEnd; r.Index++) after.Add(r.Current);

        var sections = PartAssignment.Assign(r, parts, before, after);
        var issuer = IssuerInference.Infer(r, header, basis.Introduction, closing.Signature);
        var title = header.Title;
        if (title is null)
        {
            title = "TODO";
            r.Guessed("title", title, MessageWord.Why.NoTitle);
        }
        if (basis.ParentGuessed)
        {
            r.Notes.Add(new ImportNote("parent", "Văn bản cấp trên là văn bản được dẫn sau cùng / the parent is taken to be the last document cited: check it"));
        }
        else if (basis.ParentBySubject)
        {
            r.Notes.Add(new ImportNote("parent", "Văn bản cấp trên là văn bản có trích yếu được nhắc lại ở tên hoặc lời mở đầu của kế hoạch / the parent is the document whose subject the title or the introduction repeats"));
        }
        var chosen = template ?? (sections.Combined || title.Contains("thi đua", StringComparison.OrdinalIgnoreCase) ? "ke-hoach-thi-dua" : "ke-hoach-atgt");
        r.Notes.Add(new ImportNote("template", template is not null ? "Chọn theo --template / chosen with --template"
            : chosen == "ke-hoach-thi-dua" ? "Theo cấu trúc văn bản (phong trào thi đua; mục đích, yêu cầu chung một phần) / by the document's parts (an emulation movement plan)"
            : "Theo cấu trúc văn bản (các phần riêng, phụ lục nhiệm vụ) / by the document's parts (separate parts, task appendix)"));
        Period? period = null;
        if (TitleYear().Match(title) is { Success: true } year)
        {
            var y = int.Parse(year.Groups["y"].Value, CultureInfo.InvariantCulture);
            period = new Period(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            r.Notes.Add(new ImportNote("period", "Năm ghi trong tên kế hoạch / the year the title names"));
        }
        var plan = new Plan
        {
            SourcePath = r.File,
            Template = chosen,
            TypeCode = header.TypeCode,
            Issuer = issuer,
            Number = header.Number is { } n ? new DocumentNumber(n) : null,
            Date = header.Date,
            Title = title,
            Theme = header.Theme,
            Period = period,
            Parent = basis.Parent is null ? null : new ParentReference(null, basis.Parent),
            Basis = basis.Others,
            ParentInBasis = basis.ParentAt,
            BasisLayout = basis.Layout,
            Introduction = basis.Introduction,
            Parts = sections.Parts,
            PartsInOrder = true,
            PartNumbering = r.PartNumbering ?? PartNumbering.Roman,
            Closing = closing.Closing,
            Appendix = appendix,
            Recipients = closing.Recipients,
            Archive = closing.Archive,
            Signature = closing.Signature,
            Footnotes = footnotes,
        };
        r.Report();
        return new ImportedPlan(WithBudgetSource(plan), r.Notes, r.File);
    }

    // "Nguồn kinh phí: …" at the head of the budget part names where the money comes from; the part keeps its place.
    private static Plan WithBudgetSource(Plan plan)
    {
        const string Label = "Nguồn kinh phí:";
        if (plan.Parts.FirstOrDefault(p => p.Kind == PartKind.Budget) is not { Paragraphs: [var first, ..] } budget || !first.StartsWith(Label, StringComparison.Ordinal))
        {
            return plan;
        }
        var trimmed = budget with { Paragraphs = budget.Paragraphs.Skip(1).ToList() };
        return plan with { Parts = [.. plan.Parts.Select(p => ReferenceEquals(p, budget) ? trimmed : p)], BudgetSource = first[Label.Length..].Trim() };
    }

    [GeneratedRegex(@"(ban hành|xây dựng)\s+(các\s+)?Kế hoạch\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlanIntroduction();

    private static bool IntroducesPlan(string? introduction) => introduction is not null && PlanIntroduction().IsMatch(introduction);
}
