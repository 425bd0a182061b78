using System.CommandLine;
using PlanGen.Cli.Watching;
using PlanGen.Core;
using PlanGen.Core.Batch;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Output;
using PlanGen.Core.Templating;
using PlanGen.Docx;
using PlanGen.Pdf.Output;

namespace PlanGen.Cli.Commands;

/// <summary>
/// <c>plangen build PLAN.yaml... [-o PATH] [--template NAME|DIR]</c>: validate, then write each plan's
/// DOCX. One plan: -o is the file; several or a folder: -o is a folder. Plans build in parallel and
/// one plan's errors do not stop the others.
/// </summary>
internal sealed class BuildCommand : Command
{
    private readonly CliConsole _console;
    private readonly PlanGenRun _run;

    public BuildCommand(CliConsole console, PlanGenRun run)
        : base("build", "Validate plans and build them as DOCX")
    {
        _console = console;
        _run = run;
        Arguments.Add(Plans);
        Options.Add(Output);
        Options.Add(Template);
        Options.Add(Strict);
        Options.Add(Profile);
        Options.Add(Pdf);
        Options.Add(PdfA);
        Options.Add(Watch);
        Options.Add(Force);
        Options.Add(Metadata);
        Options.Add(Separate);
        SetAction(Run);
    }

    public Argument<string[]> Plans { get; } = new("plans")
    {
        Description = "Plan YAML files or folders of them",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "The DOCX file (one plan) or folder (several plans); default: beside each YAML",
    };

    public Option<string?> Template { get; } = new("--template")
    {
        Description = "A built-in template name or a template folder, instead of the plan's own",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Treat untaken parent tasks as errors",
    };

    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = "An office's layout values (YAML, e.g. body_size_pt: 13), inside the decree's ranges",
    };

    public Option<bool> Pdf { get; } = new("--pdf")
    {
        Description = "Also print each DOCX to NAME.pdf with LibreOffice",
    };

    public Option<bool> PdfA { get; } = new("--pdfa")
    {
        Description = "Also print each DOCX to NAME.pdf as PDF/A-2b, for the archive",
    };

    public Option<bool> Watch { get; } = new("--watch")
    {
        Description = "Rebuild on every save of the plans (Ctrl-C to stop)",
    };

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "Replace a DOCX or PDF that plangen did not write (the document a plan was imported from, a signed PDF)",
    };

    public Option<bool> Metadata { get; } = new("--metadata")
    {
        Description = "Also write NAME.meta.json beside each DOCX: the fields the e-office asks for (Decree 30, Appendix VI)",
    };

    public Option<bool> Separate { get; } = new("--separate")
    {
        Description = "Write the plan a decision issues to a DOCX of its own (NAME-ke-hoach.docx) instead of after the decision",
    };

    private int Run(ParseResult parse) => parse.GetValue(Watch) ? RunWatching(parse) : BuildOnce(parse);

    // Rebuilds until Ctrl-C; a locked DOCX is reported (PG4030) and the next save tries again.
    private int RunWatching(ParseResult parse)
    {
        var plans = parse.GetValue(Plans)!;
        var folders = plans.Select(p => Directory.Exists(p) ? p : Path.GetDirectoryName(Path.GetFullPath(p))!).ToList();
        if (parse.GetValue(Template) is { } template && Directory.Exists(template))
        {
            folders.Add(template);
        }
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            using var changes = new FileChanges(folders);
            _console.Error.WriteLine(_console.Language == "vi"
                ? "Đang theo dõi thay đổi; nhấn Ctrl-C để dừng."
                : "Watching for changes; press Ctrl-C to stop.");
            var loop = new RebuildLoop(() =>
            {
                BuildOnce(parse);
                _console.Flush();
            }, changes.Next, TimeProvider.System, TimeSpan.FromMilliseconds(300));
            loop.Run(stop.Token);
            return ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    // After the DOCX and the PDF, so the page count is the PDF's own.
    private bool WriteMetadata(RenderedPlan rendered, string docx, bool pdf, DiagnosticBag diagnostics)
    {
        var meta = Core.Handoff.MetadataBuilder.For(_run, rendered.Source!, docx, pdf ? PdfOutput.PathFor(docx) : null, pdf ? PdfOutput.PageCount(docx) : null);
        return OutputFile.WriteAtomically(_run, Core.Handoff.MetadataJson.PathFor(docx), Core.Handoff.MetadataJson.Write(meta), diagnostics);
    }

    private int BuildOnce(ParseResult parse)
    {
        var renderer = PlanRenderer.Default;
        if (parse.GetValue(Profile) is { } profilePath)
        {
            var profileDiagnostics = new DiagnosticBag();
            var profile = LayoutProfileFile.Read(profilePath, profileDiagnostics);
            _console.Report(profileDiagnostics.Items);
            if (profile is null)
            {
                return ExitCodes.InputErrors;
            }
            renderer = new PlanRenderer(TemplateCatalog.BuiltIn, TemplateRenderer.Default, profile);
        }

        renderer = renderer.WithIssuedPlanApart(parse.GetValue(Separate));
        var arguments = parse.GetValue(Plans)!;
        var inputDiagnostics = new DiagnosticBag();
        var files = InputFiles.Expand(arguments, inputDiagnostics);
        var targets = OutputPaths.ForBuild(arguments, files, parse.GetValue(Output));
        var template = parse.GetValue(Template);
        var options = new PlanCheckOptions(parse.GetValue(Strict));
        var writable = OutputTargets.Check(files, targets, parse.GetValue(Profile) is { } p ? [p] : [], inputDiagnostics);
        var report = BatchReport.ForBuild(_console, files.Count);
        var pdf = parse.GetValue(Pdf) || parse.GetValue(PdfA);
        var force = parse.GetValue(Force);
        var types = new FamilyType[files.Count];
        var apartTargets = new string?[files.Count];
        var outcomes = StepOutcome.InParallel(files.Count, (i, diagnostics) =>
        {
            var built = writable[i] && FileFailure.Isolate(files[i], diagnostics, () =>
            {
                var rendered = PlanBuild.Check(_run, files[i], template, diagnostics, options, renderer);
                types[i] = rendered?.Source is { } built ? FamilyTypes.Of(built.TypeCode) : FamilyTypes.Plan;
                // A file there that plangen did not write (the document the plan came from, a
                // signed PDF) stops the plan before anything is written.
                var apart = apartTargets[i] = rendered?.IssuedApart is null ? null : OutputPaths.ForIssuedPlan(targets[i]);
                return rendered is not null
                    && PlanBuild.MayReplace(targets[i], force, diagnostics)
                    && (!pdf || PdfOutput.MayReplace(targets[i], force, diagnostics))
                    && (apart is null || (PlanBuild.MayReplace(apart, force, diagnostics) && (!pdf || PdfOutput.MayReplace(apart, force, diagnostics))))
                    && PlanBuild.Write(_run, rendered, targets[i], diagnostics)
                    && (!pdf || PdfOutput.Write(_run, targets[i], parse.GetValue(PdfA), diagnostics))
                    && (apart is null || (PlanBuild.Write(_run, rendered.IssuedApart!, apart, diagnostics) && (!pdf || PdfOutput.Write(_run, apart, parse.GetValue(PdfA), diagnostics))))
                    && (!parse.GetValue(Metadata) || WriteMetadata(rendered, targets[i], pdf, diagnostics));
            });
            report.Progress.Step();
            return built;
        });

        // Reported in the order given, whatever order the builds finished in.
        var counts = new BatchCounts([.. types.Where((_, i) => outcomes[i].Succeeded)], outcomes.Count(o => !o.Succeeded));
        report.Finish([inputDiagnostics.Items, .. outcomes.Select(o => o.Diagnostics.Items)], counts);
        // The built files are listed for scripts; -q keeps the output to errors only.
        for (var i = 0; i < files.Count && _console.Detail != Core.Diagnostics.DiagnosticDetail.Quiet; i++)
        {
            if (outcomes[i].Succeeded)
            {
                _console.Out.WriteLine(targets[i]);
                if (apartTargets[i] is { } apart)
                {
                    _console.Out.WriteLine(apart);
                }
            }
        }
        return !inputDiagnostics.HasErrors && outcomes.All(o => o.Succeeded) ? ExitCodes.Success : ExitCodes.InputErrors;
    }
}
