using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Core.Validation;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Import;

/// <summary>The plan a decision carries, read where a plan is asked for; null after reporting that the document carries none.</summary>
internal sealed record CarriedPlan(ImportedPlan? Plan);

/// <summary>
/// Writes a recognised Tờ trình, Thông báo, Công văn or Quyết định as its type (a decision with the plan
/// it carries, written beside it), each read back as <c>validate</c> reads it; and reads a decision given
/// where a plan is asked for as the plan it carries.
/// </summary>
internal static class FamilyImport
{
    /// <summary>
    /// A document of the family given where a plan is asked for (a parent for derive, coverage or a
    /// plan's <c>parent:</c>): a decision is read as the plan it carries after its signature, said
    /// with a warning naming both (PG6062); a decision that carries none, or a Tờ trình, Thông báo or
    /// Công văn, is an error saying what the document is and where to point instead (PG6063). Null
    /// when the document is a plan, a report or says nothing of its kind: the plan's import reads it.
    /// </summary>
    public static CarriedPlan? PlanOf(ImportSource source, DiagnosticBag diagnostics)
    {
        if (source.Kind.Type is not { } type || type == FamilyTypes.Plan || type == FamilyTypes.Report) return null;
        var findings = new DiagnosticBag();
        var imported = type == FamilyTypes.Decision ? DecisionRecognizer.Recognize(source, findings) : null;
        var plan = imported?.Plan is { } carried ? AsIssued(carried, imported.Document) : null;
        var path = source.AsRead.Source?.File ?? "";
        var file = Path.GetFileName(path);
        if (plan is null)
        {
            diagnostics.Add(DiagnosticCode.FamilyDocumentWherePlanExpected, SourceSpan.WholeFile(path), file, type.Name.ToLowerInvariant(), type.Code);
            return new CarriedPlan(null);
        }
        diagnostics.AddRange(source.Findings);
        diagnostics.AddRange(findings.Items);
        diagnostics.Add(DiagnosticCode.DecisionReadAsItsPlan, SourceSpan.WholeFile(path), file, Excerpt(plan.Plan.Title));
        return new CarriedPlan(plan);
    }

    // The plan issued with a decision is dated, signed and sent as the decision is: it prints none of its own.
    private static ImportedPlan AsIssued(ImportedPlan carried, FamilyDocument decision)
    {
        var plan = carried.Plan;
        return carried with
        {
            Plan = plan with
            {
                Date = plan.Date ?? decision.Date,
                Signature = plan.Signature ?? decision.Signature,
                Recipients = plan.Recipients.Count > 0 ? plan.Recipients : decision.Recipients,
                Archive = plan.Archive.Count > 0 ? plan.Archive : decision.Archive,
            },
        };
    }

    private static string Excerpt(string title)
    {
        var line = string.Join(' ', title.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 80 ? line : line[..79] + "…";
    }

    /// <summary>The file a decision's plan is written to, beside the decision: <c>qd-665.ke-hoach.yaml</c> for <c>qd-665.yaml</c>.</summary>
    public static string PlanPath(string yamlPath) =>
        Path.Combine(Path.GetDirectoryName(yamlPath) ?? "", Path.GetFileNameWithoutExtension(yamlPath) + ".ke-hoach.yaml");

    /// <summary>A recognised document of the family written and checked as <c>validate</c> checks it, a decision's plan first; null after reporting why it does not validate.</summary>
    public static ImportResult? Checked(PlanGenRun run, ImportedDocument imported, string path, string yamlPath, DiagnosticBag diagnostics, Func<IFamilyDocument, DiagnosticBag, bool>? render)
    {
        // The plan first: a decision is written only with the plan it names.
        ImportResult? attached = null;
        var planPath = PlanPath(yamlPath);
        if (imported.Plan is { } plan)
        {
            attached = PlanImporter.Checked(run, plan, path, planPath, diagnostics, render);
            if (attached is null) return null;
        }
        var yaml = PlanSchema.WithModeline(imported.ToYaml(attached is null ? null : Path.GetFileName(planPath)));
        var check = new DiagnosticBag();
        var text = PlanImporter.Decoded(yaml, yamlPath, check);
        var root = text is null ? null : ReadContext.RootMapping(text, yamlPath, check);
        var read = root is null ? null : FamilyLoader.Read(root, yamlPath, check);
        // The plan was checked above, before it is written: the decision is checked without looking for its file.
        var document = read is null ? null : FamilyRules.Check(run, read is Decision named ? named with { Plan = null } : read, check, null);
        if (document is not null && !check.HasErrors && render is not null)
        {
            render(document, check);
        }
        var first = check.Items.FirstOrDefault(d => d.Severity == Severity.Error);
        if (document is null || first is not null)
        {
            diagnostics.Add(DiagnosticCode.ImportedDocumentInvalid, SourceSpan.WholeFile(path), path, FamilyTypes.Of(imported.Document.TypeCode).Name,
                first is null ? "" : DiagnosticMessages.Nested(first));
            return null;
        }
        if (document is Decision decision && attached is not null)
        {
            document = decision with { Plan = Path.GetFileName(planPath), IssuedPlan = attached.Document as Plan };
        }
        return new ImportResult(yaml, document) { Attached = attached, AttachedPath = attached is null ? null : planPath };
    }
}
