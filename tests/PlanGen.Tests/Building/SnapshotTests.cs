using PlanGen.Core.Output;
using PlanGen.Core;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Templating;
using PlanGen.Docx;
using PlanGen.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace PlanGen.Tests.Building;

/// <summary>
/// Every example is pinned twice with the template it names: the layout markup the template
/// emits, and a readable dump of the DOCX (style, alignment, runs with emphasis and size per
/// paragraph). A change to a
/// template or to the writer shows up as a reviewable diff. In CI (SNAPSHOOTER_STRICT_MODE=on) a
/// missing snapshot fails.
/// </summary>
public sealed class SnapshotTests
{
    // Snapshooter keeps the files in a __snapshots__ folder under this one.
    private static readonly string Folder = Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Building");

    /// <summary>
    /// Each template is pinned with the examples that name it: the shared partials live once, so
    /// pinning every template with every example would pin each partial several times over.
    /// </summary>
    public static TheoryData<string, string> TemplateByExample() => ExampleBuilds.ExampleWithItsTemplate();

    private static SnapshotFullName Name(string kind, string template, string example) =>
        new($"{kind}.{template}.{Path.GetFileNameWithoutExtension(example)}.snap", Folder);

    [Theory]
    [MemberData(nameof(TemplateByExample))]
    public void Layout_markup_matches_its_snapshot(string template, string example) =>
        Snapshot.Match(ExampleBuilds.Render(example, template).Markup, Name("markup", template, example));

    [Theory]
    [MemberData(nameof(TemplateByExample))]
    public void Docx_dump_matches_its_snapshot(string template, string example)
    {
        using var docx = new MemoryStream(ExampleBuilds.Render(example, template).Docx);
        Snapshot.Match(DocxDump.ToText(docx), Name("docx", template, example));
    }

    [Fact]
    public void One_character_changed_in_a_copied_template_fails_the_snapshot_comparison()
    {
        const string template = "ke-hoach-atgt";
        const string example = "lao-cai-2024/ubnd-tinh-atgt-2024.yaml";
        var name = Name("markup", template, example);
        Assert.True(File.Exists(Path.Combine(Folder, "__snapshots__", name.Filename)), "the snapshot under test must exist");
        using var temp = new TempFolder();
        var copy = Path.Combine(temp.Path, template);
        Assert.True(TemplateCatalog.BuiltIn.Export(TestRun.New(), template, copy, new DiagnosticBag()));
        var header = Path.Combine(copy, "_header.sbn");
        var text = File.ReadAllText(header);
        Assert.Contains("KẾ HOẠCH", text, StringComparison.Ordinal);
        File.WriteAllText(header, text.Replace("KẾ HOẠCH", "KẾ HOẠCI", StringComparison.Ordinal));

        var bag = new DiagnosticBag();
        var plan = PlanPipeline.LoadChecked(TestRun.New(), ExampleBuilds.PathOf(example), bag)!;
        var changed = PlanRenderer.Default.Render(TestRun.New(), plan, copy, bag)!;

        Assert.ThrowsAny<Exception>(() => Snapshot.Match(changed.Markup, name));
        // The unchanged template still matches: the failure came from the one character.
        Snapshot.Match(ExampleBuilds.Render(example, template).Markup, name);
        // The failed match left the changed markup for review; this mismatch was made on purpose.
        var mismatches = Path.Combine(Folder, "__snapshots__", "__mismatch__");
        File.Delete(Path.Combine(mismatches, name.Filename));
        if (Directory.Exists(mismatches) && !Directory.EnumerateFileSystemEntries(mismatches).Any())
        {
            Directory.Delete(mismatches);
        }
    }
}
