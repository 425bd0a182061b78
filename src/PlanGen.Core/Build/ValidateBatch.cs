using PlanGen.Core.Batch;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;

namespace PlanGen.Core.Build;

/// <summary>
/// <c>validate</c>: every check of a build on each plan (or report, decision, …), nothing written;
/// one file's errors, or its unexpected failure, do not stop the others.
/// </summary>
public static class ValidateBatch
{
    /// <summary>Checks <paramref name="files"/> one after another; outcomes in input order.</summary>
    /// <param name="run">The run, whose caches hold the parents and unit registries the plans share.</param>
    /// <param name="files">The YAML files.</param>
    /// <param name="options">How strictly the parent's tasks are held.</param>
    /// <param name="stepped">Called as each file is done, for a progress line.</param>
    public static ValidateBatchResult Run(PlanGenRun run, IReadOnlyList<string> files, PlanCheckOptions options, Action? stepped = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var outcomes = new StepOutcome[files.Count];
        var types = new FamilyType[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            var diagnostics = new DiagnosticBag();
            var type = FamilyTypes.Plan;
            FileFailure.Isolate(files[i], diagnostics, () =>
            {
                var rendered = PlanBuild.Check(run, files[i], null, diagnostics, options);
                type = rendered?.Source is { } checkedDocument ? FamilyTypes.Of(checkedDocument.TypeCode) : FamilyTypes.Plan;
                return rendered is not null;
            });
            // A file is valid when it has no error, warnings allowed.
            outcomes[i] = new StepOutcome(diagnostics, !diagnostics.HasErrors);
            types[i] = type;
            stepped?.Invoke();
        }
        return new ValidateBatchResult(outcomes, types);
    }
}

/// <summary>What a validate batch left, in input order.</summary>
/// <param name="Outcomes">Each file's findings and whether it is valid.</param>
/// <param name="Types">Each file's document type (a plan's when it could not be read), so a run counts plans, reports, decisions apart.</param>
public sealed record ValidateBatchResult(IReadOnlyList<StepOutcome> Outcomes, IReadOnlyList<FamilyType> Types);
