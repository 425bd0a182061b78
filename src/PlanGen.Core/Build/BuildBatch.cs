using PlanGen.Core.Batch;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Handoff;
using PlanGen.Core.Model;
using PlanGen.Core.Output;

namespace PlanGen.Core.Build;

/// <summary>
/// Builds plans into DOCX files in parallel, each written whole or not at all, with the PDF and
/// the metadata beside it when asked; one plan's errors do not stop the others.
/// </summary>
public static class BuildBatch
{
    /// <summary>
    /// Builds <paramref name="plans"/>[i] into <paramref name="targets"/>[i]; outcomes in input order,
    /// whatever order the builds finished in.
    /// </summary>
    /// <param name="run">The run, whose writer makes the DOCX and whose printer the PDF.</param>
    /// <param name="plans">The plan (or report, decision, …) YAML files.</param>
    /// <param name="targets">The DOCX for each (see <see cref="OutputPaths.ForBuild"/>).</param>
    /// <param name="options">What is asked besides.</param>
    /// <param name="refusals">Where a target refused before any work goes (it would replace an input, or another plan's DOCX).</param>
    /// <param name="stepped">Called as each plan is done, for a progress line.</param>
    public static BuildBatchResult Run(PlanGenRun run, IReadOnlyList<string> plans, IReadOnlyList<string> targets, BuildOptions options,
        DiagnosticBag refusals, Action? stepped = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);
        var writable = Writable(plans, targets, options, refusals);
        var renderer = PlanRenderer.For(options.Profile).WithIssuedPlanApart(options.IssuedPlanApart);
        var pdf = options.Pdf || options.PdfA;
        var types = new FamilyType[plans.Count];
        var apartTargets = new string?[plans.Count];
        var outcomes = StepOutcome.InParallel(plans.Count, (i, diagnostics) =>
        {
            var built = writable[i] && FileFailure.Isolate(plans[i], diagnostics, () =>
            {
                var rendered = PlanBuild.Check(run, plans[i], options.Template, diagnostics, options.Checks, renderer);
                types[i] = rendered?.Source is { } built ? FamilyTypes.Of(built.TypeCode) : FamilyTypes.Plan;
                // A file there that plangen did not write (the document the plan came from, a
                // signed PDF) stops the plan before anything is written; so does one where the plan
                // a decision issues, asked for apart, is to go.
                var apart = apartTargets[i] = rendered?.IssuedApart is null ? null : OutputPaths.ForIssuedPlan(targets[i]);
                return rendered is not null
                    && MayWrite(run, targets[i], pdf, options.Force, diagnostics)
                    && (apart is null || MayWrite(run, apart, pdf, options.Force, diagnostics))
                    && Write(run, rendered, targets[i], options, diagnostics)
                    && (apart is null || Write(run, rendered.IssuedApart!, apart, options, diagnostics))
                    && (!options.Metadata || WriteMetadata(run, rendered, targets[i], pdf, diagnostics))
                    && (apart is null || !options.Metadata || WriteMetadata(run, rendered.IssuedApart!, apart, pdf, diagnostics));
            });
            stepped?.Invoke();
            return built;
        });
        return new BuildBatchResult(outcomes, types) { IssuedApart = [.. apartTargets.Select((a, i) => outcomes[i].Succeeded ? a : null)] };
    }

    // Every file the run writes is checked, the plan a decision writes apart (--separate) with the
    // rest; an input may write only when none of its files is refused.
    private static bool[] Writable(IReadOnlyList<string> plans, IReadOnlyList<string> targets, BuildOptions options, DiagnosticBag refusals)
    {
        var (inputs, outputs) = IssuedPlanTargets.Of(plans, targets, options);
        var each = OutputTargets.Check(inputs, outputs, options.ProfilePath is { } profile ? [profile] : [], refusals);
        var writable = each.Take(plans.Count).ToArray();
        var index = plans.Select((p, i) => (p, i)).GroupBy(x => x.p).ToDictionary(g => g.Key, g => g.First().i);
        for (var k = plans.Count; k < inputs.Count; k++)
        {
            writable[index[inputs[k]]] &= each[k];
        }
        return writable;
    }

    private static bool MayWrite(PlanGenRun run, string docx, bool pdf, bool force, DiagnosticBag diagnostics) =>
        PlanBuild.MayReplace(run, docx, force, diagnostics)
        && (!pdf || OwnOutput.MayReplace(OutputPaths.ForPdf(docx), force, run.Printer.IsOwnOutput, diagnostics));

    private static bool Write(PlanGenRun run, RenderedPlan rendered, string docx, BuildOptions options, DiagnosticBag diagnostics) =>
        PlanBuild.Write(run, rendered, docx, diagnostics)
        && (!(options.Pdf || options.PdfA) || run.Printer.Print(run, docx, OutputPaths.ForPdf(docx), options.PdfA, diagnostics));

    // After the DOCX and the PDF, so the page count is the PDF's own.
    private static bool WriteMetadata(PlanGenRun run, RenderedPlan rendered, string docx, bool pdf, DiagnosticBag diagnostics)
    {
        var pdfPath = pdf ? OutputPaths.ForPdf(docx) : null;
        var meta = MetadataBuilder.For(run, rendered.Source!, docx, pdfPath, pdfPath is null ? null : run.Printer.PageCount(pdfPath));
        return OutputFile.WriteAtomically(run, MetadataJson.PathFor(docx), MetadataJson.Write(meta), diagnostics);
    }
}
