using System.CommandLine;
using PlanGen.Cli.Watching;
using PlanGen.Core;
using PlanGen.Core.Batch;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Layout;
using PlanGen.Core.Output;

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

    private int BuildOnce(ParseResult parse)
    {
        var profile = LayoutProfile.Nd30;
        if (parse.GetValue(Profile) is { } profilePath)
        {
            var profileDiagnostics = new DiagnosticBag();
            var read = LayoutProfileFile.Read(profilePath, profileDiagnostics);
            _console.Report(profileDiagnostics.Items);
            if (read is null)
            {
                return ExitCodes.InputErrors;
            }
            profile = read;
        }

        var arguments = parse.GetValue(Plans)!;
        var inputDiagnostics = new DiagnosticBag();
        var files = InputFiles.Expand(arguments, inputDiagnostics);
        var targets = OutputPaths.ForBuild(arguments, files, parse.GetValue(Output));
        var options = new BuildOptions
        {
            Template = parse.GetValue(Template),
            Checks = new PlanCheckOptions(parse.GetValue(Strict)),
            Profile = profile,
            ProfilePath = parse.GetValue(Profile),
            Pdf = parse.GetValue(Pdf),
            PdfA = parse.GetValue(PdfA),
            Force = parse.GetValue(Force),
            Metadata = parse.GetValue(Metadata),
            IssuedPlanApart = parse.GetValue(Separate),
        };
        var report = BatchReport.ForBuild(_console, files.Count);
        var built = BuildBatch.Run(_run, files, targets, options, inputDiagnostics, report.Progress.Step);
        var (outcomes, types) = built;

        // Reported in the order given, whatever order the builds finished in.
        var counts = new BatchCounts([.. types.Where((_, i) => outcomes[i].Succeeded)], outcomes.Count(o => !o.Succeeded));
        report.Finish([inputDiagnostics.Items, .. outcomes.Select(o => o.Diagnostics.Items)], counts);
        // The built files are listed for scripts; -q keeps the output to errors only.
        for (var i = 0; i < files.Count && _console.Detail != Core.Diagnostics.DiagnosticDetail.Quiet; i++)
        {
            if (outcomes[i].Succeeded)
            {
                _console.Out.WriteLine(targets[i]);
                if (built.IssuedApart[i] is { } apart)
                {
                    _console.Out.WriteLine(apart);
                }
            }
        }
        return !inputDiagnostics.HasErrors && outcomes.All(o => o.Succeeded) ? ExitCodes.Success : ExitCodes.InputErrors;
    }
}
