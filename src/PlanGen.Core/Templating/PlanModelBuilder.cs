using PlanGen.Core.Format;
using PlanGen.Core.Model;

namespace PlanGen.Core.Templating;

/// <summary>
/// The values a template sees, made from a <see cref="Plan"/> by the format's table: each row under
/// its name, and the computed values (<c>number_ref</c>, <c>year</c>, <c>authority_lines</c> …).
/// Done without reflection so the pipeline stays Native-AOT compatible and templates reach the
/// plan's data and nothing else of .NET. Absent values are present as null, so a template can test
/// them without tripping the check for unknown fields.
/// </summary>
internal static class PlanModelBuilder
{
    /// <summary>The <c>plan</c> object.</summary>
    public static ModelObject Build(Plan plan) => (ModelObject)PlanFormat.Plan.Model(plan)!;
}
