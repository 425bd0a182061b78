using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Import;
using PlanGen.Core.Model;
using PlanGen.Docx;
using PlanGen.Docx.Reading;
using PlanGen.Tests.Support;
using PlanGen.Tests.Templating;

namespace PlanGen.Tests.Format;

/// <summary>
/// <c>lead</c> of a basis: "Căn cứ …" where a plan rests on a document rather than carries it out
/// ("Thực hiện …", the default), printed in every layout of the bases and read back by import.
/// </summary>
public sealed class BasisLeadTests
{
    private const string Bases = """
        basis:
          - text: Luật Trật tự, an toàn giao thông đường bộ ngày 27/6/2024
            lead: pursuant
          - kind: Nghị quyết
            number: 149/NQ-CP
            date: 2023-09-21
            issuer: Chính phủ
            lead: căn cứ
          - Chương trình hành động của Tỉnh uỷ về tăng cường công tác bảo đảm trật tự, an toàn giao thông trong tình hình mới

        """;

    [Fact]
    public void Bases_laid_out_as_paragraphs_open_with_the_words_each_one_says()
    {
        var paragraphs = Built(Bases + "basis_layout: paragraphs\n");

        Assert.Contains("Căn cứ Luật Trật tự, an toàn giao thông đường bộ ngày 27/6/2024;", paragraphs);
        Assert.Contains("Căn cứ Nghị quyết số 149/NQ-CP ngày 21/9/2023 của Chính phủ;", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Thực hiện Chương trình hành động của Tỉnh uỷ", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Thực hiện Kế hoạch số 689/KH-UBATGTQG", StringComparison.Ordinal));
    }

    [Fact]
    public void In_one_sentence_a_change_of_lead_opens_a_new_clause()
    {
        var paragraphs = Built(Bases);

        var sentence = Assert.Single(paragraphs, p => p.StartsWith("Căn cứ Luật", StringComparison.Ordinal));
        Assert.StartsWith("Căn cứ Luật Trật tự, an toàn giao thông đường bộ ngày 27/6/2024, Nghị quyết số 149/NQ-CP ngày 21/9/2023 của Chính phủ; "
            + "thực hiện Chương trình hành động của Tỉnh uỷ", sentence, StringComparison.Ordinal);
        Assert.Contains("; Kế hoạch số 689/KH-UBATGTQG", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_without_leads_prints_its_bases_as_before()
    {
        var paragraphs = Built();

        Assert.Contains(paragraphs, p => p.StartsWith("Thực hiện Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư Trung ương Đảng, Nghị quyết số 149/NQ-CP", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("Căn cứ", StringComparison.Ordinal));
    }

    [Fact]
    public void Bases_opening_with_can_cu_are_imported_with_their_lead_and_build_the_same_words()
    {
        using var folder = new TempFolder();
        var bag = new DiagnosticBag();
        var docx = folder.File("plan.docx");
        File.WriteAllBytes(docx, PlanRenderer.Default.Render(TestRun.New(), PlanFixtures.IssuedTrafficPlan(Bases + "basis_layout: paragraphs\n"), null, bag)!.Docx);

        var imported = PlanImporter.Import(TestRun.New(), docx, folder.File("plan.yaml"), null, bag);

        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        Assert.Equal([BasisLead.Pursuant, BasisLead.Pursuant, BasisLead.Implementing], imported!.Plan.Basis.Select(c => c.Lead));
        Assert.Contains("    lead: pursuant\n", imported.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_that_is_neither_word_is_refused_with_the_choices()
    {
        var bag = new DiagnosticBag();

        PlanLoader.ReadText(File.ReadAllText(Fixture()).Replace("    issuer: Chính phủ\n", "    issuer: Chính phủ\n    lead: theo\n", StringComparison.Ordinal), "plan.yaml", bag);

        var refused = Assert.Single(bag.Items, d => d.Code == DiagnosticCode.InvalidChoice);
        Assert.Equal("theo", refused.Arguments[0]);
    }

    private static List<string> Built(string changes = "")
    {
        var bag = new DiagnosticBag();
        var rendered = PlanRenderer.Default.Render(TestRun.New(), PlanFixtures.IssuedTrafficPlan(changes), null, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        using var docx = new MemoryStream(rendered!.Docx);
        return [.. DocxText.Paragraphs(docx)];
    }

    private static string Fixture() => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Templating", "Fixtures", "issued-traffic-plan.yaml");
}
