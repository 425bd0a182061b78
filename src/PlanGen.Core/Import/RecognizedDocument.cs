using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>What the import recognised in one document, before its YAML is written: one of a report, a document of the family, or a plan.</summary>
/// <param name="Report">The report, for a Báo cáo.</param>
/// <param name="Family">The Tờ trình, Thông báo, Công văn or Quyết định (with the plan it carries).</param>
/// <param name="Plan">The plan, for a Kế hoạch or a page that says nothing of its kind.</param>
internal sealed record RecognizedDocument(ImportedReport? Report = null, ImportedDocument? Family = null, ImportedPlan? Plan = null)
{
    /// <summary>The document recognised, whichever kind it is.</summary>
    public FamilyDocument Document => Report?.Report ?? Family?.Document ?? (FamilyDocument?)Plan?.Plan ?? throw new InvalidOperationException("Nothing was recognised.");

    /// <summary>
    /// The document in <paramref name="source"/> read by the recognizer its kind calls for: a report
    /// (to be written at <paramref name="yamlPath"/>, whose folder is searched for its plan), a decision,
    /// a Tờ trình, Thông báo or Công văn, else a plan (with <paramref name="template"/> when given). A
    /// document of a kind plangen does not write is refused with its kind named (PG6002); null then,
    /// and for a page that holds no plan either.
    /// </summary>
    public static RecognizedDocument? Of(PlanGenRun run, ImportSource source, string yamlPath, string? template, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        var kind = source.Kind;
        if (kind.Other is { } other)
        {
            diagnostics.Add(DiagnosticCode.ImportNotAPlan, SourceSpan.WholeFile(source.AsRead.Source?.File ?? ""), MessageWord.NotAPlan.Kind.With(other));
            return null;
        }
        if (kind.Type == FamilyTypes.Report) return new(Report: ReportRecognizer.Recognize(run, source, diagnostics, yamlPath));
        if (kind.Type == FamilyTypes.Decision) return new(Family: DecisionRecognizer.Recognize(source, diagnostics));
        if (kind.Type is { } type && type != FamilyTypes.Plan) return new(Family: GeneralRecognizer.Recognize(source, type, diagnostics));
        return PlanRecognizer.Recognize(source, diagnostics, template) is { } plan ? new(Plan: plan) : null;
    }
}
