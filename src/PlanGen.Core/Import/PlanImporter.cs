using System.Text;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;
using PlanGen.Core.Model;
using PlanGen.Core.Validation;
using PlanGen.Core.Format;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Import;

/// <summary>An imported document: the YAML to write and the plan (or report) it reads back as.</summary>
/// <param name="Yaml">The YAML text, as it is written (with the schema line).</param>
/// <param name="Document">The plan or report read back from that text.</param>
public sealed record ImportResult(string Yaml, IFamilyDocument Document)
{
    /// <summary>The plan a decision carries, imported with it, to be written at <see cref="AttachedPath"/>; null for any other document.</summary>
    public ImportResult? Attached { get; init; }

    /// <summary>Where <see cref="Attached"/> is written: beside the decision's YAML, which names it in <c>plan:</c>.</summary>
    public string? AttachedPath { get; init; }

    /// <summary>The plan imported; only for a document known to be a plan (a report has no plan's parts).</summary>
    public Plan Plan => Document as Plan ?? throw new InvalidOperationException("The document imported is a report, not a plan.");
}

/// <summary>
/// Imports one document: read it with the reader for its kind, recognise the plan, write the YAML,
/// and read and check that YAML as <c>validate</c> would, so what is written is a plan that
/// validates. Every failure is a diagnostic; nothing throws on bad input.
/// </summary>
public static class PlanImporter
{
    /// <summary>The plan in the document at <paramref name="path"/>; null after reporting why not.</summary>
    /// <param name="run">The run, whose readers read the document.</param>
    /// <param name="path">The document.</param>
    /// <param name="yamlPath">Where the YAML will be written: names it in diagnostics and anchors relative paths.</param>
    /// <param name="options">A template to use instead of the one the document suggests; the plan and period of a report that states none.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="render">
    /// The rest of what <c>validate</c> applies (the template run and its limits), when the caller
    /// can render; false after reporting why the plan does not render.
    /// </param>
    public static ImportResult? Import(PlanGenRun run, string path, string yamlPath, ImportOptions? options, DiagnosticBag diagnostics, Func<IFamilyDocument, DiagnosticBag, bool>? render = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        options ??= new ImportOptions();
        var recognized = Recognized(run, path, yamlPath, options.Template, diagnostics);
        return recognized is null ? null : Written(run, recognized, path, yamlPath, options, diagnostics, render);
    }

    /// <summary>
    /// The document at <paramref name="path"/> read once and recognised by its kind (see
    /// <see cref="RecognizedDocument.Of"/>), what the reader said of it first; null after reporting why not.
    /// </summary>
    internal static RecognizedDocument? Recognized(PlanGenRun run, string path, string yamlPath, string? template, DiagnosticBag diagnostics)
    {
        try
        {
            var source = ImportSource.Read(run, path, diagnostics);
            if (source is null) return null;
            diagnostics.AddRange(source.Findings);
            return RecognizedDocument.Of(run, source, yamlPath, template, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(DiagnosticCode.UnexpectedFailure, SourceSpan.WholeFile(path), e.GetType().Name + ": " + e.Message);
            return null;
        }
    }

    /// <summary>
    /// A recognised document written as YAML and read back and checked as <c>validate</c> checks it
    /// (a report with what <paramref name="options"/> states, against its plan; a decision with the plan
    /// it carries); null after reporting why it does not validate.
    /// </summary>
    internal static ImportResult? Written(PlanGenRun run, RecognizedDocument recognized, string path, string yamlPath, ImportOptions options, DiagnosticBag diagnostics,
        Func<IFamilyDocument, DiagnosticBag, bool>? render)
    {
        try
        {
            return recognized switch
            {
                { Report: { } report } => ReportImport.Checked(run, ReportImport.Completed(report, options, yamlPath), path, yamlPath, diagnostics),
                { Family: { } family } => FamilyImport.Checked(run, family, path, yamlPath, diagnostics, render),
                { Plan: { } plan } => Checked(run, plan, path, yamlPath, diagnostics, render),
                _ => null,
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(DiagnosticCode.UnexpectedFailure, SourceSpan.WholeFile(path), e.GetType().Name + ": " + e.Message);
            return null;
        }
    }

    /// <summary>A recognised plan written and checked as <c>validate</c> checks it; null after reporting why it does not validate.</summary>
    internal static ImportResult? Checked(PlanGenRun run, ImportedPlan imported, string path, string yamlPath, DiagnosticBag diagnostics, Func<IFamilyDocument, DiagnosticBag, bool>? render)
    {
        // What is checked is the file as it will be written, schema line included, held to every
        // limit validate holds a plan to: its size first, as the read of a plan file would.
        var yaml = PlanSchema.WithModeline(imported.ToYaml());
        var check = new DiagnosticBag();
        var text = Decoded(yaml, yamlPath, check);
        var plan = text is null ? null : PlanLoader.ReadText(text, yamlPath, check);
        if (plan is not null)
        {
            PlanValidator.Validate(run, plan, check, new PlanCheckOptions());
        }
        if (plan is not null && !check.HasErrors && render is not null)
        {
            render(plan, check);
        }
        var first = check.Items.FirstOrDefault(d => d.Severity == Severity.Error);
        if (plan is null || first is not null)
        {
            diagnostics.Add(DiagnosticCode.ImportedPlanInvalid, SourceSpan.WholeFile(path), path, first is null ? "" : DiagnosticMessages.Nested(first));
            return null;
        }
        return new ImportResult(yaml, plan);
    }

    /// <summary>The YAML as the read of its file would see it, held to the size limit a file is; null after reporting why not.</summary>
    internal static string? Decoded(string yaml, string yamlPath, DiagnosticBag check)
    {
        var bytes = new UTF8Encoding(false).GetBytes(yaml);
        if (bytes.Length > PlanSource.MaxBytes)
        {
            Input.BoundedFile.TooLarge(yamlPath, bytes.Length, PlanSource.MaxBytes, check);
            return null;
        }
        return PlanSource.Decode(bytes, yamlPath, check);
    }

    /// <summary>The recognised plan in a document, before it is written, whatever kind the document says it is; null after reporting why not.</summary>
    public static ImportedPlan? Recognize(PlanGenRun run, string path, string? template, DiagnosticBag diagnostics)
    {
        try
        {
            var source = ImportSource.Read(run, path, diagnostics);
            if (source is null) return null;
            diagnostics.AddRange(source.Findings);
            return PlanRecognizer.Recognize(source, diagnostics, template);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(DiagnosticCode.UnexpectedFailure, SourceSpan.WholeFile(path), e.GetType().Name + ": " + e.Message);
            return null;
        }
    }
}
