using PlanGen.Core.Format;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>
/// What the recognizers made of a Tờ trình, Thông báo, Công văn or Quyết định: the document, the
/// notes on what they guessed, and for a decision the plan it carries, imported beside it.
/// </summary>
/// <param name="Document">The document.</param>
/// <param name="Notes">Comments for the YAML, by key.</param>
/// <param name="Source">The document's path, named in the YAML's first comment.</param>
/// <param name="Plan">The plan after a decision's signature ("Ban hành kèm theo Quyết định …"); null when it carries none.</param>
internal sealed record ImportedDocument(FamilyDocument Document, IReadOnlyList<ImportNote> Notes, string Source, ImportedPlan? Plan = null)
{
    /// <summary>The document as YAML by its format's table and the one plan writer; a decision names its plan's file.</summary>
    /// <param name="planFile">The file the decision's plan is written to, relative to the decision.</param>
    public string ToYaml(string? planFile = null)
    {
        var comments = ImportedPlan.Comments(Notes, Document.Number is null);
        var heading = ImportedPlan.Heading(Source);
        return Document switch
        {
            Decision decision => PlanWriter.Write(DecisionFormat.Decision, decision with { Plan = planFile }, comments, heading),
            GeneralDocument general => PlanWriter.Write(GeneralFormat.Document, general, comments, heading),
            _ => throw new InvalidOperationException("Only a decision, Tờ trình, Thông báo or Công văn is imported as a document of the family."),
        };
    }
}
