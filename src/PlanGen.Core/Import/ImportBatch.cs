using PlanGen.Core.Batch;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Core.Output;

namespace PlanGen.Core.Import;

/// <summary>Imports documents into plan YAML files in parallel, each written whole or not at all.</summary>
public static class ImportBatch
{
    /// <summary>
    /// Imports <paramref name="documents"/>[i] into <paramref name="targets"/>[i], with the schema
    /// line and the schema file beside it; outcomes in input order.
    /// </summary>
    /// <param name="run">The run, whose readers read the documents.</param>
    /// <param name="documents">The DOCX, PDF or text files.</param>
    /// <param name="targets">The YAML file for each (see <see cref="OutputPaths.ForImport"/>).</param>
    /// <param name="options">The template the plans name, and the plan and period of reports that state none.</param>
    /// <param name="force">Whether an existing YAML may be replaced.</param>
    /// <param name="foundInFolder">
    /// For each document, whether it was found in a folder rather than named: such a folder's
    /// read-me, or a text file of it that holds no plan, is its notes, not a document, and is
    /// skipped with PG6006 (information) instead of failing the run.
    /// </param>
    /// <param name="attached">For each document, the plan file written beside it when it is a decision carrying a plan; filled by the run.</param>
    public static IReadOnlyList<StepOutcome> Run(PlanGenRun run, IReadOnlyList<string> documents, IReadOnlyList<string> targets, ImportOptions options, bool force,
        IReadOnlyList<bool>? foundInFolder = null, string?[]? attached = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(targets);
        // A plan never replaces a document given (import d.docx -o d.docx), nor another document's plan.
        var refusals = OutputTargets.Refusals(documents, targets, []);
        return StepOutcome.InParallel(documents.Count, (i, bag) => FileFailure.Isolate(documents[i], bag, () =>
        {
            var notes = foundInFolder is not null && foundInFolder[i];
            if (notes && IsReadMe(documents[i]))
            {
                bag.Add(DiagnosticCode.ImportSkipped, SourceSpan.WholeFile(documents[i]), documents[i], MessageArgument.Word("skip.readme"));
                return true;
            }
            var target = targets[i];
            // A text file of the folder is read and recognised once: to tell notes from a document, then to import it.
            var early = notes && IsText(run, documents[i]) ? Looked(run, documents[i], target, options.Template) : null;
            if (early is { Recognized: null } && early.Findings.Items.Any(d => d.Code == DiagnosticCode.ImportNotAPlan))
            {
                bag.Add(DiagnosticCode.ImportSkipped, SourceSpan.WholeFile(documents[i]), documents[i], MessageArgument.Word("skip.noplan"));
                return true;
            }
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
            // Written only if it renders as validate renders it, within the same limits.
            Func<IFamilyDocument, DiagnosticBag, bool> render = (document, rendered) => PlanRenderer.Default.Render(run, document, null, rendered) is not null;
            ImportResult? result;
            if (early is not null)
            {
                bag.AddRange(early.Findings.Items);
                result = early.Recognized is null ? null : PlanImporter.Written(run, early.Recognized, documents[i], target, options, bag, render);
            }
            else
            {
                result = PlanImporter.Import(run, documents[i], target, options, bag, render);
            }
            if (result is null) return false;
            // A decision's plan is written first, beside it, so the decision never names a plan that is not there.
            if (result is { Attached: { } plan, AttachedPath: { } planPath })
            {
                if (!force && File.Exists(planPath))
                {
                    bag.Add(DiagnosticCode.OutputExists, SourceSpan.WholeFile(planPath), planPath);
                    return false;
                }
                if (!OutputFile.WriteAtomically(run, planPath, plan.Yaml, force, bag)) return false;
                if (attached is not null) attached[i] = planPath;
            }
            // The schema line and the schema file beside the plan give editors hover help, as for init and derive.
            return OutputFile.WriteAtomically(run, target, result.Yaml, force, bag)
                && PlanSchemaFile.EnsureBeside(run, target, bag);
        }));
    }

    /// <summary>The diagnostics a skipped document gets; a person sees them with --verbose.</summary>
    public static bool IsSkipNote(Diagnostic diagnostic) => diagnostic.Code == DiagnosticCode.ImportSkipped;

    private static readonly string[] ReadMeNames = ["readme", "read me", "license", "licence", "changelog"];

    private static bool IsReadMe(string path) =>
        ReadMeNames.Any(name => Path.GetFileNameWithoutExtension(path).StartsWith(name, StringComparison.OrdinalIgnoreCase));

    private static bool IsText(PlanGenRun run, string path) => run.Readers.For(path) is Document.Reading.TextDocumentReader;

    // What a text file of the folder holds, its findings kept until it is known to be no notes:
    // it is notes when it is no document of the family and holds neither a plan's title nor its parts (PG6002).
    private static Look Looked(PlanGenRun run, string path, string target, string? template)
    {
        var findings = new DiagnosticBag();
        return new Look(PlanImporter.Recognized(run, path, target, template, findings), findings);
    }

    private sealed record Look(RecognizedDocument? Recognized, DiagnosticBag Findings);
}
