using PlanGen.Core;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Build;
using PlanGen.Core.Import;
using PlanGen.Core.Model;
using PlanGen.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// build → import → build for the Khánh Hòa chain: the Tờ trình, the Thông báo and the Công văn
/// each import into their type and build again into the same text paragraph by paragraph; the
/// Quyết định does alone, and with its plan after it in one document it imports as the decision
/// and the plan, each written to its own file, the decision naming the plan.
/// </summary>
public sealed class FamilyRoundTripTests : IDisposable
{
    private static readonly string KhanhHoa = Path.Combine(TestPaths.Examples, "khanh-hoa-2021");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Documents() => new()
    {
        { "tt-39-batgt.yaml", "TTr" },
        { "tb-ket-luan-so-ket.yaml", "TB" },
        { "cv-trien-khai-ke-hoach.yaml", "CV" },
        { "qd-665-ubnd.yaml", "QĐ" },
        { "ke-hoach-atgt-2021-2030.yaml", "KH" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_docx_of_the_family_imports_into_its_type_and_builds_the_same_text(string example, string type)
    {
        var built = Built(Path.Combine(KhanhHoa, example));
        var docx = _folder.File("van-ban.docx");
        File.WriteAllBytes(docx, built);
        var yaml = _folder.File("van-ban.yaml");
        var bag = new DiagnosticBag();

        var imported = PlanImporter.Import(TestRun.New(), docx, yaml, null, bag);

        Assert.True(imported is not null, Messages(bag));
        Assert.False(bag.HasErrors, Messages(bag));
        Assert.Equal(type, imported.Document.TypeCode);
        // A decision built with its plan in one document imports as both, the plan beside it.
        Assert.Equal(type == "QĐ", imported.Attached is not null);
        if (imported.Attached is not null) File.WriteAllText(imported.AttachedPath!, imported.Attached.Yaml);
        File.WriteAllText(yaml, imported.Yaml);
        Assert.Equal(Paragraphs(built), Paragraphs(Built(yaml)));
    }

    [Fact]
    public void The_plan_a_decision_carries_is_issued_by_the_decision_body_without_a_guess_or_a_draft_note()
    {
        var docx = _folder.File("qd.docx");
        File.WriteAllBytes(docx, Built(Path.Combine(KhanhHoa, "qd-665-ubnd.yaml")));
        var bag = new DiagnosticBag();

        var imported = PlanImporter.Import(TestRun.New(), docx, _folder.File("qd.yaml"), null, bag);

        Assert.True(imported?.Attached is not null, Messages(bag));
        Assert.Equal((imported.Document.Issuer.Name, imported.Document.Issuer.Code, imported.Document.Issuer.Place), (imported.Attached.Document.Issuer.Name, imported.Attached.Document.Issuer.Code, imported.Attached.Document.Issuer.Place));
        Assert.DoesNotContain(bag.Items, d => d.Code == DiagnosticCode.ImportGuessed);
        Assert.Contains("no number of its own: issued with the decision", imported.Attached.Yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("a draft", imported.Attached.Yaml, StringComparison.Ordinal);
    }

    public static TheoryData<string> Others() => ["tt-39-batgt.yaml", "tb-ket-luan-so-ket.yaml", "cv-trien-khai-ke-hoach.yaml", "qd-665-ubnd.yaml"];

    [Theory]
    [MemberData(nameof(Others))]
    public void A_docx_of_the_family_imports_back_to_what_its_yaml_says_below_the_header(string example)
    {
        var source = Path.Combine(KhanhHoa, example);
        var docx = _folder.File("van-ban.docx");
        File.WriteAllBytes(docx, Built(source));

        var imported = PlanImporter.Import(TestRun.New(), docx, _folder.File("van-ban.yaml"), null, new DiagnosticBag());

        Assert.NotNull(imported);
        var original = (FamilyDocument)DocumentPipeline.Check(TestRun.New(), source, new DiagnosticBag())!;
        var read = (FamilyDocument)imported.Document;
        // The header prints the issuer's name, not its short name or level; the authority that decides is printed in capitals.
        Assert.Equal(original.Issuer.Name, read.Issuer.Name, ignoreCase: true);
        read = read switch
        {
            Decision d when original is Decision o => d with { Issuer = original.Issuer, DecidedBy = string.Equals(d.DecidedBy, o.DecidedBy?.ToUpperInvariant(), StringComparison.Ordinal) ? o.DecidedBy : d.DecidedBy },
            _ => read with { Issuer = original.Issuer },
        };
        // A part heading comes back in the capitals the layout printed it in.
        Assert.Equal(Said(original).ToUpperInvariant(), Said(read).ToUpperInvariant());
    }

    [Fact]
    public void A_decision_alone_that_says_its_plan_is_attached_is_imported_with_a_warning_to_import_the_plan()
    {
        var docx = _folder.File("qd.docx");
        File.WriteAllBytes(docx, DecisionAlone());
        var bag = new DiagnosticBag();

        var imported = PlanImporter.Import(TestRun.New(), docx, _folder.File("qd.yaml"), null, bag);

        Assert.NotNull(imported);
        Assert.Null(imported.Attached);
        Assert.Single(bag.Items, d => d.Code == DiagnosticCode.ImportDecisionPlanMissing);
    }

    [Fact]
    public void A_decision_followed_by_its_plan_imports_as_the_decision_naming_the_plan_and_the_plan()
    {
        // The two documents build writes, one after the other in one text, as a decision that carries its plan prints.
        var decision = Paragraphs(DecisionAlone());
        var plan = Paragraphs(Built(Path.Combine(KhanhHoa, "ke-hoach-atgt-2021-2030.yaml")));
        var joined = _folder.File("qd-665.txt", string.Join("\n", decision.Concat(plan)) + "\n");
        var yaml = _folder.File("qd-665.yaml");
        var bag = new DiagnosticBag();

        var imported = PlanImporter.Import(TestRun.New(), joined, yaml, null, bag);

        Assert.True(imported is not null, Messages(bag));
        Assert.False(bag.HasErrors, Messages(bag));
        var importedDecision = Assert.IsType<Decision>(imported.Document);
        Assert.Equal("qd-665.ke-hoach.yaml", importedDecision.Plan);
        Assert.Equal(_folder.File("qd-665.ke-hoach.yaml"), imported.AttachedPath);
        var importedPlan = Assert.IsType<Plan>(imported.Attached!.Document);
        var originalPlan = Assert.IsType<Plan>(DocumentPipeline.Check(TestRun.New(), Path.Combine(KhanhHoa, "ke-hoach-atgt-2021-2030.yaml"), new DiagnosticBag()));
        // The text joins a title's two lines with a space.
        Assert.Equal(originalPlan.Title.Replace('\n', ' '), importedPlan.Title.Replace('\n', ' '));
        Assert.Equal(originalPlan.Parts.Select(p => p.Kind), importedPlan.Parts.Select(p => p.Kind));
        // Both files written, each builds the text its original built.
        File.WriteAllText(imported.AttachedPath!, imported.Attached.Yaml);
        File.WriteAllText(yaml, imported.Yaml);
        // Built again, the decision and its plan print as the example's decision and plan do.
        Assert.Equal(WordFidelity.Words(string.Join("\n", Paragraphs(Built(Path.Combine(KhanhHoa, "qd-665-ubnd.yaml"))))), WordFidelity.Words(string.Join("\n", Paragraphs(Built(yaml)))));
    }

    [Fact]
    public void The_command_writes_a_decision_and_its_plan_beside_it_and_names_both()
    {
        var decision = Paragraphs(DecisionAlone());
        var plan = Paragraphs(Built(Path.Combine(KhanhHoa, "ke-hoach-atgt-2021-2030.yaml")));
        var joined = _folder.File("qd-665.txt", string.Join("\n", decision.Concat(plan)) + "\n");

        var run = CliRun.Of("import", joined, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("qd-665.yaml", run.Out, StringComparison.Ordinal);
        Assert.Contains("qd-665.ke-hoach.yaml", run.Out, StringComparison.Ordinal);
        Assert.Contains("plan: qd-665.ke-hoach.yaml", File.ReadAllText(_folder.File("qd-665.yaml")), StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("validate", _folder.File("qd-665.yaml"), "--lang", "en").ExitCode);
    }

    [Fact]
    public void A_decisions_article_with_points_imports_as_the_article_and_its_points()
    {
        const string Article3 = "  - Chánh Văn phòng Ủy ban nhân dân tỉnh";
        var lines = File.ReadAllLines(Path.Combine(KhanhHoa, "qd-665-ubnd.yaml")).Where(l => !l.StartsWith("plan:", StringComparison.Ordinal))
            .Select(l => l.StartsWith(Article3, StringComparison.Ordinal)
                ? "  - text: \"Tổ chức thực hiện:\"\n    items:\n      - Ban An toàn giao thông tỉnh theo dõi, đôn đốc việc thực hiện;\n      - Các sở, ngành, địa phương báo cáo kết quả trước ngày 15 tháng 12 hằng năm."
                : l);
        var source = _folder.File("qd-diem.yaml", string.Join('\n', lines) + "\n");
        var docx = _folder.File("qd-diem.docx");
        File.WriteAllBytes(docx, Built(source));
        var bag = new DiagnosticBag();

        var imported = PlanImporter.Import(TestRun.New(), docx, _folder.File("qd-diem.imported.yaml"), null, bag);

        Assert.True(imported is not null, Messages(bag));
        var article = Assert.IsType<Decision>(imported.Document).Articles[2];
        Assert.Equal(["Tổ chức thực hiện:"], article.Paragraphs);
        Assert.Equal(
            [["Ban An toàn giao thông tỉnh theo dõi, đôn đốc việc thực hiện;"], ["Các sở, ngành, địa phương báo cáo kết quả trước ngày 15 tháng 12 hằng năm."]],
            article.Items.Select(p => p.Paragraphs));
        // Printed again, the points carry their letters as the source's did.
        Assert.Equal(Paragraphs(File.ReadAllBytes(docx)), Paragraphs(Built(WrittenBeside(imported, _folder.File("qd-diem.imported.yaml")))));
    }

    private static string WrittenBeside(ImportResult imported, string yaml)
    {
        File.WriteAllText(yaml, imported.Yaml);
        return yaml;
    }

    // The Khánh Hòa decision built without its plan, as a decision whose plan is a file of its own prints.
    private byte[] DecisionAlone()
    {
        var alone = _folder.File("qd-alone.yaml", string.Join('\n', File.ReadAllLines(Path.Combine(KhanhHoa, "qd-665-ubnd.yaml")).Where(l => !l.StartsWith("plan:", StringComparison.Ordinal))) + "\n");
        return Built(alone);
    }

    private static byte[] Built(string path)
    {
        var bag = new DiagnosticBag();
        var rendered = PlanBuild.Check(TestRun.New(), path, null, bag);
        Assert.True(rendered is not null, Messages(bag));
        return rendered.Docx;
    }

    // What the document says, written out by its format: every key but where its files are.
    private static string Said(IFamilyDocument document) => document switch
    {
        Decision decision => PlanWriter.Write(DecisionFormat.Decision, decision with { SourcePath = "", UnitsPath = null, Plan = null }, null, null),
        GeneralDocument general => PlanWriter.Write(GeneralFormat.Document, general with { SourcePath = "", UnitsPath = null }, null, null),
        _ => throw new InvalidOperationException(document.GetType().Name),
    };

    private static string Messages(DiagnosticBag bag) => string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en")));

    private static List<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        return [.. DocxText.Paragraphs(stream)];
    }
}
