using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Docx;
using PlanGen.Tests.Check;
using PlanGen.Tests.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Family;

/// <summary>
/// A decision and the plan it issues (Form 1.3): one DOCX by default — the decision's pages, then
/// the plan from a new page, numbered from 1 again, under its title the italic line "(Ban hành kèm
/// theo Quyết định số …)", without a number line or signature of its own — or two with --separate.
/// </summary>
public sealed class DecisionWithPlanTests
{
    private const string Decision = "khanh-hoa-2021/qd-665-ubnd.yaml";
    private const string Caption = "(Ban hành kèm theo Quyết định số 665/QĐ-UBND ngày 17/3/2021 của Ủy ban nhân dân tỉnh Khánh Hòa)";

    private static RenderedPlan Build(string path, PlanRenderer? renderer = null)
    {
        var bag = new DiagnosticBag();
        var rendered = PlanBuild.Check(TestRun.New(), path, null, bag, renderer: renderer);
        Assert.True(rendered is not null, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        return rendered;
    }

    private static string TextOf(Paragraph p) => string.Concat(p.Descendants<Text>().Select(t => t.Text));

    private static List<string> Texts(WrittenDocx docx) => [.. docx.Body.Descendants<Paragraph>().Select(TextOf)];

    [Fact]
    public void The_decision_and_its_plan_are_one_docx_the_plan_in_a_section_of_its_own_numbered_from_1()
    {
        using var docx = new WrittenDocx(Build(ExampleBuilds.PathOf(Decision)).Docx);

        var sections = docx.Sections;
        Assert.Equal(2, sections.Count);
        Assert.Null(sections[0].GetFirstChild<PageNumberType>());
        Assert.Equal(1, sections[1].GetFirstChild<PageNumberType>()?.Start?.Value);
        // Page 1 of the plan shows no number, as page 1 of any document.
        Assert.NotNull(sections[1].GetFirstChild<TitlePage>());
        Assert.Contains(sections[1].Elements<HeaderReference>(), h => h.Type?.Value == HeaderFooterValues.First);
        // The plan starts after the paragraph that ends the decision's section.
        var texts = Texts(docx);
        var breakAt = docx.Body.Elements<Paragraph>().ToList().FindIndex(p => p.Descendants<SectionProperties>().Any());
        var planTitle = docx.Body.Elements<Paragraph>().ToList().FindIndex(p => TextOf(p) == "KẾ HOẠCH");
        Assert.True(breakAt >= 0 && planTitle == breakAt + 1, $"section break at {breakAt}, plan title at {planTitle}");
        Assert.Single(texts, t => t == "Nơi nhận:");
        Assert.Single(texts, t => t.StartsWith("Số:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_plan_prints_under_its_title_the_italic_caption_naming_the_decision()
    {
        using var docx = new WrittenDocx(Build(ExampleBuilds.PathOf(Decision)).Docx);

        var texts = Texts(docx);
        var title = texts.IndexOf("KẾ HOẠCH");
        Assert.Equal("Triển khai Chiến lược quốc gia bảo đảm trật tự, an toàn giao thông đường bộgiai đoạn 2021-2030", texts[title + 1]);
        Assert.Equal(Caption, texts[title + 2]);
        var (bold, italic, _) = docx.Look(Caption);
        Assert.False(bold);
        Assert.True(italic);
        Assert.Equal("center", docx.Format.Alignment(docx.Paragraph(Caption)));
    }

    [Fact]
    public void Check_passes_the_one_docx_and_does_not_read_the_plan_as_the_decisions_body()
    {
        var bytes = Build(ExampleBuilds.PathOf(Decision)).Docx;

        Assert.Empty(CheckRun.Bytes(bytes));
        var parts = CheckRun.Parts(bytes);
        Assert.True(parts.IsDecision);
        Assert.Equal(Caption, parts.IssuedWith?.Text);
        Assert.Equal(1, parts.IssuedSection);
        Assert.DoesNotContain(parts.Body, p => p.Text.Contains("Tuyên truyền, phổ biến", StringComparison.Ordinal));
        Assert.Contains(parts.Body, p => p.Text.StartsWith("Điều 3.", StringComparison.Ordinal));
    }

    [Fact]
    public void Separate_writes_the_decision_and_the_plan_into_two_files()
    {
        using var temp = new TempFolder();
        var docx = Path.Combine(temp.Path, "qd-665.docx");

        var run = CliRun.Of("build", ExampleBuilds.PathOf(Decision), "-o", docx, "--separate", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.Error);
        var planDocx = Path.Combine(temp.Path, "qd-665-ke-hoach.docx");
        Assert.Equal([docx, planDocx], run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        using var decision = new WrittenDocx(File.ReadAllBytes(docx));
        Assert.Single(decision.Sections);
        Assert.DoesNotContain("KẾ HOẠCH", Texts(decision));
        Assert.Empty(CheckRun.Bytes(File.ReadAllBytes(docx)));
        using var plan = new WrittenDocx(File.ReadAllBytes(planDocx));
        var texts = Texts(plan);
        Assert.Equal(["KẾ HOẠCH", "Triển khai Chiến lược quốc gia bảo đảm trật tự, an toàn giao thông đường bộgiai đoạn 2021-2030", Caption], texts.Take(3));
        Assert.DoesNotContain(texts, t => t.StartsWith("Số:", StringComparison.Ordinal) || t == "Nơi nhận:");
        // Filed apart, the plan is still a plan issued with its decision: check asks no header or signature of it.
        var findings = CheckRun.Bytes(File.ReadAllBytes(planDocx));
        Assert.True(findings.Count == 0, CheckRun.Show(findings));
        Assert.True(CheckRun.Parts(File.ReadAllBytes(planDocx)).StandsIssued);
    }

    [Fact]
    public void Built_apart_with_metadata_the_decision_and_its_plan_each_get_their_meta_json()
    {
        using var temp = new TempFolder();
        var docx = Path.Combine(temp.Path, "qd-665.docx");

        var run = CliRun.Of("build", ExampleBuilds.PathOf(Decision), "-o", docx, "--separate", "--metadata", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.Error);
        using var decision = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "qd-665.meta.json")));
        using var plan = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "qd-665-ke-hoach.meta.json")));
        Assert.Equal("QĐ", decision.RootElement.GetProperty("type").GetString());
        Assert.Equal("KH", plan.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void A_folder_whose_plan_takes_the_name_the_decision_writes_its_plan_apart_to_is_refused_before_anything_is_written()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "khanh-hoa");
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "qd-665-ubnd.yaml", "ke-hoach-atgt-2021-2030.yaml" })
        {
            File.Copy(ExampleBuilds.PathOf("khanh-hoa-2021/" + name), Path.Combine(folder, name));
        }
        // A plan whose own build is NAME-ke-hoach.docx, the file --separate writes the decision's plan to.
        File.Copy(ExampleBuilds.PathOf("khanh-hoa-2021/ke-hoach-atgt-2021-2030.yaml"), Path.Combine(folder, "qd-665-ubnd-ke-hoach.yaml"));

        var run = CliRun.Of("build", folder, "--separate", "--metadata", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("qd-665-ubnd-ke-hoach.docx' would be written from more than one input", run.Error, StringComparison.Ordinal);
        Assert.Contains("qd-665-ubnd-ke-hoach.meta.json' would be written from more than one input", run.Error, StringComparison.Ordinal);
        // Neither of the two is written; the plan that collides with neither is.
        Assert.False(File.Exists(Path.Combine(folder, "qd-665-ubnd.docx")));
        Assert.False(File.Exists(Path.Combine(folder, "qd-665-ubnd-ke-hoach.docx")));
        Assert.True(File.Exists(Path.Combine(folder, "ke-hoach-atgt-2021-2030.docx")));
    }

    [Fact]
    public void Without_separate_a_plan_named_after_the_decision_builds_beside_it()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "qd-665-ubnd.yaml", "ke-hoach-atgt-2021-2030.yaml" })
        {
            File.Copy(ExampleBuilds.PathOf("khanh-hoa-2021/" + name), Path.Combine(temp.Path, name));
        }
        File.Copy(ExampleBuilds.PathOf("khanh-hoa-2021/ke-hoach-atgt-2021-2030.yaml"), Path.Combine(temp.Path, "qd-665-ubnd-ke-hoach.yaml"));

        var run = CliRun.Of("build", temp.Path, "--lang", "en");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(temp.Path, "qd-665-ubnd-ke-hoach.docx")));
    }

    [Fact]
    public void The_plan_apart_is_laid_out_as_in_the_one_docx()
    {
        var one = Build(ExampleBuilds.PathOf(Decision));
        var apart = Build(ExampleBuilds.PathOf(Decision), PlanRenderer.Default.WithIssuedPlanApart(true));

        Assert.Empty(one.Layout.Issued.Single().Issued);
        Assert.Equal(LayoutDump.ToText(one.Layout.Issued.Single()), LayoutDump.ToText(apart.IssuedApart!.Layout));
        Assert.Empty(apart.Layout.Issued);
        Assert.Null(one.IssuedApart);
    }

    [Fact]
    public void A_decision_whose_plan_has_errors_writes_neither_file_apart()
    {
        using var temp = new TempFolder();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Cases("Family"), "PG2303-plan-has-errors")))
        {
            File.Copy(file, Path.Combine(temp.Path, Path.GetFileName(file)));
        }

        var result = CliRun.Of("build", Path.Combine(temp.Path, "document.yaml"), "--separate", "--lang", "en");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error PG2303", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.docx"));
    }

    [Fact]
    public void A_decision_init_wrote_for_a_plan_names_itself_in_the_plans_caption_in_both_forms()
    {
        using var temp = new TempFolder();
        var plan = Path.Combine(temp.Path, "ke-hoach.yaml");
        File.Copy(ExampleBuilds.PathOf("khanh-hoa-2021/ke-hoach-atgt-2021-2030.yaml"), plan);
        Assert.Equal(0, CliRun.Of("init", "--type", "quyet-dinh", "--for", plan).ExitCode);
        var decision = Path.Combine(temp.Path, "quyet-dinh-ke-hoach.yaml");
        // The plan has no number yet: the decision takes none, and the caption leaves it blank.
        const string Expected = "(Ban hành kèm theo Quyết định số      /QĐ-UBND ngày 17/3/2021 của Ủy ban nhân dân tỉnh Khánh Hòa)";

        using var one = new WrittenDocx(Build(decision).Docx);
        using var apart = new WrittenDocx(Build(decision, PlanRenderer.Default.WithIssuedPlanApart(true)).IssuedApart!.Docx);

        Assert.Contains(Expected, Texts(one));
        Assert.Equal(Expected, Texts(apart)[2]);
    }

    [Fact]
    public void A_plan_without_a_number_of_its_own_has_its_appendix_cite_the_decision()
    {
        using var temp = new TempFolder();
        var plan = temp.File("ke-hoach.yaml", File.ReadAllText(ExampleBuilds.PathOf("lao-cai-2024/ubnd-tinh-atgt-2024.yaml")).Replace("number: 68\n", "", StringComparison.Ordinal));
        File.Copy(ExampleBuilds.PathOf("lao-cai-2024/units.yaml"), Path.Combine(temp.Path, "units.yaml"));
        Assert.Equal(0, CliRun.Of("init", "--type", "quyet-dinh", "--for", plan).ExitCode);
        var decision = File.ReadAllText(Path.Combine(temp.Path, "quyet-dinh-ke-hoach.yaml"));
        decision = System.Text.RegularExpressions.Regex.Replace(decision, "^date:", "number: 12\ndate:", System.Text.RegularExpressions.RegexOptions.Multiline);
        File.WriteAllText(Path.Combine(temp.Path, "quyet-dinh-ke-hoach.yaml"), decision);

        var rendered = Build(Path.Combine(temp.Path, "quyet-dinh-ke-hoach.yaml"));

        var attached = rendered.Layout.Issued.Single();
        Assert.Equal("(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 31/01/2024 của Ủy ban nhân dân tỉnh Lào Cai)", attached.Title!.IssuedWith);
        Assert.All(attached.Attachments, a => Assert.Equal("(Kèm theo Quyết định số 12/QĐ-UBND ngày 31/01/2024 của Ủy ban nhân dân tỉnh Lào Cai)", a.Reference));
        Assert.NotEmpty(attached.Attachments);
        var findings = CheckRun.Bytes(rendered.Docx);
        Assert.True(findings.Count == 0, CheckRun.Show(findings));
    }

    [Fact]
    public void The_one_docx_is_the_same_bytes_on_every_build() =>
        Assert.Equal(Build(ExampleBuilds.PathOf(Decision)).Docx, Build(ExampleBuilds.PathOf(Decision)).Docx);
}
