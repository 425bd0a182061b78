using BenchmarkDotNet.Attributes;
using PlanGen.Core;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Markup;
using PlanGen.Core.Layout;
using PlanGen.Core.Model;
using PlanGen.Core.Templating;
using PlanGen.Docx;

namespace PlanGen.Benchmarks;

/// <summary>
/// The stages of <c>plangen build</c> on the Lào Cai 2024 plan, each alone and warm: read and
/// validate the YAML, render the template, parse the layout markup, write the DOCX; and the whole
/// build in memory. Each stage starts from the previous stage's output made once in setup.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    // The run the program makes: its readers, writer and caches.
    private readonly PlanGenRun _run = PlanGen.Cli.PlanGenCli.NewRun();
    private string _planPath = "";
    private Plan _plan = null!;
    private LoadedTemplate _template = null!;
    private string _markup = "";
    private string _sourceName = "";
    private LayoutDocument _layout = null!;

    /// <summary>Runs each stage once so the benchmarks start from valid inputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _planPath = Path.Combine(RepositoryRoot(), "examples", "lao-cai-2024", "ubnd-tinh-atgt-2024.yaml");
        var diagnostics = new DiagnosticBag();
        _plan = PlanPipeline.LoadChecked(_run, _planPath, diagnostics) ?? throw Failed("read", diagnostics);
        _template = TemplateCatalog.BuiltIn.Find(_plan.Template ?? "ke-hoach-atgt", diagnostics) ?? throw Failed("template", diagnostics);
        _markup = TemplateRenderer.Default.Render(_plan, _template, diagnostics) ?? throw Failed("render", diagnostics);
        _sourceName = _template.PathOf(_template.Manifest.Main);
        _layout = LayoutMarkupParser.Parse(_markup, _sourceName).Document ?? throw Failed("parse", diagnostics);
        if (diagnostics.HasErrors)
        {
            throw Failed("setup", diagnostics);
        }
    }

    /// <summary>YAML → checked plan.</summary>
    [Benchmark]
    public Plan? ReadAndValidate() => PlanPipeline.LoadChecked(_run, _planPath, new DiagnosticBag());

    /// <summary>Plan → layout markup through the Scriban template.</summary>
    [Benchmark]
    public string? RenderTemplate() => TemplateRenderer.Default.Render(_plan, _template, new DiagnosticBag());

    /// <summary>Layout markup → layout tree.</summary>
    [Benchmark]
    public LayoutParseResult ParseMarkup() => LayoutMarkupParser.Parse(_markup, _sourceName);

    /// <summary>Layout tree → DOCX bytes.</summary>
    [Benchmark]
    public long WriteDocx()
    {
        using var docx = new MemoryStream();
        DocxWriter.Write(_layout, docx, LayoutProfile.Nd30);
        return docx.Length;
    }

    /// <summary>All of the above, as <c>plangen build</c> does it, without the file write.</summary>
    [Benchmark(Baseline = true)]
    public RenderedPlan? WholeBuild()
    {
        var diagnostics = new DiagnosticBag();
        var plan = PlanPipeline.LoadChecked(_run, _planPath, diagnostics);
        return plan is null ? null : PlanRenderer.Default.Render(_run, plan, null, diagnostics);
    }

    private static InvalidOperationException Failed(string stage, DiagnosticBag diagnostics) =>
        new($"The benchmark plan failed at {stage}: " + string.Join("; ", diagnostics.Items.Select(d => d.ToString())));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrafficSafetyPlan.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run from inside the plangen repository.");
    }
}
