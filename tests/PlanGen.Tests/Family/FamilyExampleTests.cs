using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Docx;
using PlanGen.Tests.Check;
using PlanGen.Tests.Docx;
using PlanGen.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace PlanGen.Tests.Family;

/// <summary>
/// The example decision, submission, letter and notice (the Khánh Hòa chain) validate with no
/// finding, build with their type's built-in template into a DOCX that is schema-valid and that
/// <c>check</c> passes, and are pinned by their layout markup and a readable dump of the DOCX.
/// </summary>
public sealed class FamilyExampleTests
{
    private static readonly string Folder = Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Family");

    public static TheoryData<string> Examples() => ExampleBuilds.Relative(TestPaths.ExampleFamilyDocuments());

    private static RenderedPlan Build(string example, DiagnosticBag bag) => ExampleBuilds.Built(example, bag);

    private static SnapshotFullName Name(string kind, string example) =>
        new($"{kind}.{Path.GetFileNameWithoutExtension(example)}.snap", Folder);

    [Fact]
    public void The_examples_hold_a_submission_a_decision_a_letter_and_a_notice() =>
        Assert.Equal(
            ["khanh-hoa-2021/cv-trien-khai-ke-hoach.yaml", "khanh-hoa-2021/qd-665-ubnd.yaml", "khanh-hoa-2021/tb-ket-luan-so-ket.yaml", "khanh-hoa-2021/tt-39-batgt.yaml"],
            TestPaths.ExampleFamilyDocuments().Select(path => Path.GetRelativePath(TestPaths.Examples, path).Replace('\\', '/')));

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_builds_with_no_finding_and_passes_check(string example) =>
        ExampleBuilds.AssertBuildsCleanAndPassesCheck(example);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Layout_markup_matches_its_snapshot(string example) =>
        Snapshot.Match(Build(example, new DiagnosticBag()).Markup, Name("markup", example));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Docx_dump_matches_its_snapshot(string example)
    {
        using var docx = new MemoryStream(Build(example, new DiagnosticBag()).Docx);
        Snapshot.Match(DocxDump.ToText(docx), Name("docx", example));
    }

    [Fact]
    public void The_decision_prints_its_authority_bases_decides_line_and_articles_as_form_1_3()
    {
        using var docx = new WrittenDocx(Build("khanh-hoa-2021/qd-665-ubnd.yaml", new DiagnosticBag()).Docx);

        Assert.Equal("CentredHeading", Style(docx.Paragraph("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA")));
        Assert.Equal("CentredHeading", Style(docx.Paragraph("QUYẾT ĐỊNH:")));
        Assert.Equal("Basis", Style(docx.Paragraph("Theo đề nghị của Ban An toàn giao thông tỉnh tại Tờ trình số 39/TTr-BATGT ngày 25 tháng 02 năm 2021.")));
        var article = docx.Paragraph("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.");
        var label = article.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>().First();
        Assert.Equal("Điều 2. ", label.InnerText);
        Assert.NotNull(label.RunProperties?.Bold);
        docx.Paragraph("- Như Điều 3;");
    }

    [Fact]
    public void The_letter_has_no_type_title_and_its_subject_under_the_number_in_12_pt()
    {
        using var docx = new WrittenDocx(Build("khanh-hoa-2021/cv-trien-khai-ke-hoach.yaml", new DiagnosticBag()).Docx);

        docx.Paragraph("Số: 1520/UBND");
        Assert.Equal("LetterSubject", Style(docx.Paragraph("V/v Triển khai thực hiện Kế hoạch bảo đảm trật tự, an toàn giao thông đường bộ giai đoạn 2021-2030")));
        Assert.DoesNotContain(docx.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>(), p => Style(p) == "DocumentType");
        docx.Paragraph("- Như trên;");
    }

    private static string? Style(DocumentFormat.OpenXml.Wordprocessing.Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    [Theory]
    [InlineData("quyet-dinh", "khanh-hoa-2021/qd-665-ubnd.yaml")]
    [InlineData("cong-van", "khanh-hoa-2021/cv-trien-khai-ke-hoach.yaml")]
    [InlineData("to-trinh", "khanh-hoa-2021/tt-39-batgt.yaml")]
    [InlineData("thong-bao", "khanh-hoa-2021/tb-ket-luan-so-ket.yaml")]
    public void An_exported_template_of_the_type_renders_as_the_built_in_one(string template, string example)
    {
        using var temp = new TempFolder();
        var copy = Path.Combine(temp.Path, template);
        Assert.True(Core.Templating.TemplateCatalog.BuiltIn.Export(TestRun.New(), template, copy, new DiagnosticBag()));

        var bag = new DiagnosticBag();
        var exported = PlanBuild.Check(TestRun.New(), ExampleBuilds.PathOf(example), copy, bag);

        Assert.Empty(bag.Items);
        Assert.Equal(Build(example, new DiagnosticBag()).Markup, exported!.Markup);
    }
}
