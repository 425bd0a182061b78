using PlanGen.Core.Model;
using PlanGen.Core.Templating;

namespace PlanGen.Core.Format;

/// <summary>
/// The values a template sees, made from a document of the family by its format's table: each row
/// under its name, and the computed values (<c>number_ref</c>, <c>year</c>, <c>authority_lines</c> …).
/// Done without reflection so the pipeline stays Native-AOT compatible and templates reach the
/// document's data and nothing else of .NET. Absent values are present as null, so a template can
/// test them without tripping the check for unknown fields.
/// </summary>
internal static class PlanModelBuilder
{
    /// <summary>
    /// The document's object and the name a template of its type knows it by (<c>plan</c>,
    /// <c>report</c>, <c>decision</c>, <c>document</c> for a Tờ trình, Thông báo or Công văn); every template also sees it as <c>doc</c>, which the shared partials use.
    /// </summary>
    public static TemplateModel Build(IFamilyDocument document)
    {
        var (values, name) = document switch
        {
            Plan plan => (PlanFormat.Plan.Model(plan), "plan"),
            Report report => (ReportFormat.Report.Model(report), "report"),
            Decision decision => (DecisionFormat.Decision.Model(decision), "decision"),
            GeneralDocument general => (GeneralFormat.Document.Model(general), "document"),
            _ => throw new ArgumentException("A template renders a document of the family.", nameof(document)),
        };
        return new TemplateModel((ModelObject)values!, name, document.Footnotes);
    }
}
