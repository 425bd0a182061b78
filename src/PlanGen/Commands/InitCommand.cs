using System.Collections.Frozen;
using System.CommandLine;
using PlanGen.Core.Hierarchy.Derive;
using PlanGen.Core;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Core.Output;
using PlanGen.Core.Templating;

namespace PlanGen.Cli.Commands;

/// <summary>
/// <c>plangen init [FILE] [--template NAME] [--for BODY] [--force]</c>: a starter plan to fill in,
/// which validates and builds as it is; <c>--for commune|district|school</c> picks one written for
/// that kind of body. <c>--type quyet-dinh|cong-van --for PLAN.yaml</c> writes the decision that
/// issues the plan or the letter that forwards it.
/// </summary>
internal sealed class InitCommand : Command
{
    // The kinds of body a starter is written for, as a clerk may also type them in Vietnamese.
    private static readonly FrozenDictionary<string, string> BodyKinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["xã"] = "commune", ["xa"] = "commune", ["phường"] = "commune",
        ["huyện"] = "district", ["huyen"] = "district",
        ["trường"] = "school", ["truong"] = "school",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public InitCommand(CliConsole console, PlanGenRun run)
        : base("init", "Write a starter plan to fill in")
    {
        var file = new Argument<string>("file") { Description = "The plan to write", DefaultValueFactory = _ => "ke-hoach.yaml" };
        var template = new Option<string>("--template") { Description = "The built-in template it uses", DefaultValueFactory = _ => "ke-hoach-atgt" };
        var body = new Option<string?>("--for") { HelpName = "commune|district|school", Description = "The body it is written for: commune (UBND xã), district (UBND huyện) or school (trường), in English or Vietnamese (xã, huyện, trường); by default a department (Sở). With --type: the plan (PLAN.yaml)" };
        var type = new Option<string?>("--type") { HelpName = "quyet-dinh|cong-van", Description = "With --for PLAN.yaml: the decision that issues the plan (quyet-dinh) or the letter that forwards it to its units (cong-van), beside the plan unless FILE is given" };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists" };
        Arguments.Add(file);
        Options.Add(template);
        Options.Add(body);
        Options.Add(type);
        Options.Add(force);
        SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            if (parse.GetValue(type) is { } typeName)
            {
                return ForPlan(console, run, typeName, parse.GetValue(body), parse.GetResult(file) is { Implicit: false } ? parse.GetValue(file) : null, parse.GetValue(force));
            }
            var name = parse.GetValue(template)!;
            var forBody = parse.GetValue(body) is { } typed ? BodyKinds.GetValueOrDefault(Core.Text.UnicodeNormalization.ToNfc(typed.Trim()).ToLowerInvariant(), typed) : null;
            var starter = Core.Format.StarterPlan.For(name, forBody);
            if (starter is null && name == Core.Model.Report.BuiltInTemplate)
            {
                diagnostics.Add(DiagnosticCode.ReportStartsFromPlan, SourceSpan.WholeFile(name), name);
            }
            else if (starter is null && forBody is not null && TemplateCatalog.BuiltIn.Starter(name) is not null)
            {
                var bodies = TemplateCatalog.BuiltIn.StarterBodies(name);
                diagnostics.Add(DiagnosticCode.StarterNotFound, SourceSpan.WholeFile(name), name, forBody, bodies.Count == 0 ? "—" : string.Join(", ", bodies));
            }
            else if (starter is null)
            {
                diagnostics.Add(DiagnosticCode.TemplateNotFound, SourceSpan.WholeFile(name), name, string.Join(", ", TemplateCatalog.BuiltIn.List(diagnostics).Select(t => t.Name)));
            }
            var path = parse.GetValue(file)!;
            var written = starter is not null && OutputFile.WriteAtomically(run, path, starter, parse.GetValue(force), diagnostics);
            var schemaReady = written && PlanSchemaFile.EnsureBeside(run, path, diagnostics);
            console.Report(diagnostics.Items);
            if (written)
            {
                // Said as derive says what it wrote: the file's path, what it holds and what comes next.
                console.Out.WriteLine(console.Language == "vi"
                    ? $"Đã ghi {path}: bản nháp kế hoạch theo mẫu {name}. Hãy sửa các dòng có TODO rồi chạy: plangen build {path}"
                    : $"Wrote {path}: a starter plan on the {name} template. Edit the lines marked TODO, then run: plangen build {path}");
            }
            return schemaReady ? ExitCodes.Success : ExitCodes.InputErrors;
        });
        }

    // init --type quyet-dinh|cong-van --for PLAN.yaml: the document that issues or forwards the plan.
    private static int ForPlan(CliConsole console, PlanGenRun run, string typed, string? planPath, string? file, bool force)
    {
        var diagnostics = new DiagnosticBag();
        var type = FamilyTypes.Find(typed);
        string? written = null;
        if (type is null)
        {
            diagnostics.Add(DiagnosticCode.UnknownDocumentType, SourceSpan.WholeFile(typed), typed, FamilyTypes.Listed());
        }
        else if (type != FamilyTypes.Decision && type != FamilyTypes.Letter)
        {
            diagnostics.Add(DiagnosticCode.InitTypeNotWritten, SourceSpan.WholeFile(typed), type.Name.ToLowerInvariant());
        }
        else if (planPath is null)
        {
            diagnostics.Add(DiagnosticCode.InitTypeNeedsPlan, SourceSpan.WholeFile(typed), type.Slug);
        }
        else
        {
            var path = file ?? Path.Combine(Path.GetDirectoryName(planPath) ?? "", type.Slug + "-" + Path.GetFileName(planPath));
            if (IssuingDocuments.For(run, type, planPath, path, diagnostics) is { } yaml && OutputFile.WriteAtomically(run, path, yaml, force, diagnostics)
                && PlanSchemaFile.EnsureBeside(run, path, diagnostics))
            {
                written = path;
            }
        }
        console.Report(diagnostics.Items);
        if (written is not null)
        {
            console.Out.WriteLine(console.Language == "vi"
                ? $"Đã ghi {written}: dự thảo {(type == FamilyTypes.Decision ? "quyết định ban hành" : "công văn gửi")} kế hoạch {planPath}. Hãy sửa các dòng có TODO rồi chạy: plangen build {written}"
                : $"Wrote {written}: the draft {(type == FamilyTypes.Decision ? "decision that issues" : "letter that forwards")} the plan {planPath}. Edit the lines marked TODO, then run: plangen build {written}");
        }
        return written is not null ? ExitCodes.Success : ExitCodes.InputErrors;
    }
}
