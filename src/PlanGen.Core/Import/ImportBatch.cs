using PlanGen.Core.Batch;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Output;

namespace PlanGen.Core.Import;

/// <summary>Imports documents into plan YAML files in parallel, each written whole or not at all.</summary>
public static class ImportBatch
{
    /// <summary>
    /// Imports <paramref name="documents"/>[i] into <paramref name="targets"/>[i], with the schema
    /// line and the schema file beside it; outcomes in input order.
    /// </summary>
    /// <param name="documents">The DOCX, PDF or text files.</param>
    /// <param name="targets">The YAML file for each (see <see cref="OutputPaths.ForImport"/>).</param>
    /// <param name="template">The template the plans name, or null for the one their parts suggest.</param>
    /// <param name="force">Whether an existing YAML may be replaced.</param>
    /// <param name="render">The template run validate applies too, when the caller can render (see <see cref="PlanImporter.Import"/>).</param>
    public static IReadOnlyList<StepOutcome> Run(IReadOnlyList<string> documents, IReadOnlyList<string> targets, string? template, bool force,
        Func<Model.Plan, DiagnosticBag, bool>? render = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(targets);
        // A plan never replaces a document given (import d.docx -o d.docx), nor another document's plan.
        var refusals = OutputTargets.Refusals(documents, targets, []);
        return StepOutcome.InParallel(documents.Count, (i, bag) => FileFailure.Isolate(documents[i], bag, () =>
        {
            var target = targets[i];
            if (refusals[i] is { } refusal)
            {
                bag.Add(refusal);
                return false;
            }
            // Refused before the work, so an existing plan is never even at risk.
            if (!force && File.Exists(target))
            {
                bag.Add(DiagnosticCode.OutputExists, SourceSpan.WholeFile(target), target);
                return false;
            }
            var result = PlanImporter.Import(documents[i], target, template, bag, render);
            // The schema line and the schema file beside the plan give editors hover help, as for init and derive.
            return result is not null
                && OutputFile.WriteAtomically(target, result.Yaml, force, bag)
                && PlanSchemaFile.EnsureBeside(target, bag);
        }));
    }
}
