using PlanGen.Core;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Templating;
using PlanGen.Docx;

namespace PlanGen.Tests.Support;

/// <summary>The example plans, the seeds they reproduce, and their rendering (once per test run).</summary>
internal static class ExampleBuilds
{
    /// <summary>Example plan (relative to examples/) → the seed text it reproduces.</summary>
    public static readonly IReadOnlyDictionary<string, string> Seeds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["binh-phuoc-2023/ubnd-tinh-thi-dua-2023.yaml"] = "000_e3520e90166e2ca6.txt",
        ["binh-phuoc-2020/so-tttt-thi-dua-2020.yaml"] = "001_d5d08ef9cfa9b885.txt",
        ["lao-cai-2024/ubnd-tinh-atgt-2024.yaml"] = "004_274d5fa9c8c44472.txt",
    };

    /// <summary>Every built-in plan template, as the catalog lists them: a template added there is tested here (the templates of the other types have tests of their own).</summary>
    public static IReadOnlyList<string> Templates { get; } =
        [.. TemplateCatalog.BuiltIn.List(new DiagnosticBag()).Select(t => t.Name).Where(name => PlanGen.Core.Model.FamilyTypes.All.All(type => type.Template != name))];

    /// <summary>Every built-in template, for a theory over templates.</summary>
    public static TheoryData<string> EveryTemplate() => [.. Templates];

    /// <summary>Every example plan, relative to examples/: the seeds' and the sub-plans derived from them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. TestPaths.ExamplePlans().Select(p => Path.GetRelativePath(TestPaths.Examples, p).Replace('\\', '/'))];

    private static readonly Dictionary<string, RenderedPlan> Cache = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static string PathOf(string example) => Path.Combine(TestPaths.Examples, example);

    /// <summary><paramref name="paths"/> relative to examples/, for a theory over example documents.</summary>
    public static TheoryData<string> Relative(IEnumerable<string> paths)
    {
        var data = new TheoryData<string>();
        foreach (var path in paths) data.Add(Path.GetRelativePath(TestPaths.Examples, path).Replace('\\', '/'));
        return data;
    }

    /// <summary>Builds an example document of any type in memory as <c>build</c> does; the test fails when it does not build.</summary>
    public static RenderedPlan Built(string example, DiagnosticBag bag)
    {
        var rendered = PlanBuild.Check(TestRun.New(), PathOf(example), null, bag);
        Assert.True(rendered is not null, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        return rendered;
    }

    /// <summary>The example builds with no finding into a schema-valid DOCX that <c>check</c> passes.</summary>
    public static void AssertBuildsCleanAndPassesCheck(string example)
    {
        var bag = new DiagnosticBag();
        var rendered = Built(example, bag);
        Assert.Empty(bag.Items);
        using var docx = new Docx.WrittenDocx(rendered.Docx);
        Assert.Empty(docx.SchemaErrors());
        Assert.Empty(Check.CheckRun.Bytes(rendered.Docx));
    }

    /// <summary>The template an example names in its <c>template:</c> field.</summary>
    public static string TemplateOf(string example)
    {
        var bag = new DiagnosticBag();
        var plan = PlanPipeline.LoadChecked(TestRun.New(), PathOf(example), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        return plan?.Template ?? throw new InvalidOperationException(example + " names no template");
    }

    /// <summary>Each example with the template it names.</summary>
    public static TheoryData<string, string> ExampleWithItsTemplate()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in All)
        {
            data.Add(TemplateOf(example), example);
        }
        return data;
    }

    /// <summary>Every built-in template with every example.</summary>
    public static TheoryData<string, string> EveryTemplateWithEveryExample()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in Templates)
        {
            foreach (var example in All)
            {
                data.Add(template, example);
            }
        }
        return data;
    }

    public static TheoryData<string> SeedExamples()
    {
        var data = new TheoryData<string>();
        foreach (var example in Seeds.Keys) data.Add(example);
        return data;
    }

    /// <summary>Renders an example with a template (its own when null); the test fails on any error.</summary>
    public static RenderedPlan Render(string example, string? template = null)
    {
        var key = example + "|" + template;
        lock (Gate)
        {
            if (Cache.TryGetValue(key, out var cached)) return cached;
        }
        var bag = new DiagnosticBag();
        var plan = PlanPipeline.LoadChecked(TestRun.New(), PathOf(example), bag);
        var rendered = plan is null ? null : PlanRenderer.Default.Render(TestRun.New(), plan, template, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        Assert.NotNull(rendered);
        lock (Gate)
        {
            Cache[key] = rendered;
        }
        return rendered;
    }
}
