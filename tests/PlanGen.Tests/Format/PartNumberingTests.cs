using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Import;
using PlanGen.Core.Model;
using PlanGen.Docx;
using PlanGen.Tests.Check;
using PlanGen.Tests.Support;
using PlanGen.Tests.Templating;

namespace PlanGen.Tests.Format;

/// <summary>
/// <c>part_numbering</c>: a plan whose document letters its parts ("A.", "B.") or names them
/// ("Phần I.", "Phần II.") prints them so in both plan templates, passes plangen's own check, and
/// imports back with the same numbering and the same part headings.
/// </summary>
public sealed class PartNumberingTests
{
    public static TheoryData<string, string, string, string> Styles() => new()
    {
        { "ke-hoach-atgt", "letters", "A. ", "C. " },
        { "ke-hoach-thi-dua", "letters", "A. ", "C. " },
        { "ke-hoach-atgt", "named", "Phần I. ", "Phần III. " },
        { "ke-hoach-thi-dua", "named", "Phần I. ", "Phần III. " },
    };

    [Theory]
    [MemberData(nameof(Styles))]
    public void Parts_numbered_as_the_document_numbers_them_pass_check_and_import_back(string template, string style, string first, string third)
    {
        using var folder = new TempFolder();
        var plan = PlanFixtures.IssuedTrafficPlan($"template: {template}\npart_numbering: {style}\n");
        var bag = new DiagnosticBag();
        var rendered = PlanRenderer.Default.Render(TestRun.New(), plan, null, bag)!;
        var docx = folder.File("plan.docx");
        File.WriteAllBytes(docx, rendered.Docx);
        var paragraphs = Paragraphs(rendered.Docx);

        Assert.Contains(paragraphs, p => p.StartsWith(first, StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith(third, StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("I. ", StringComparison.Ordinal) || p.StartsWith("II. ", StringComparison.Ordinal));
        Assert.Empty(CheckRun.Bytes(rendered.Docx));

        var imported = PlanImporter.Import(TestRun.New(), docx, folder.File("plan.yaml"), null, bag);

        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        Assert.Equal(plan.PartNumbering, imported!.Plan.PartNumbering);
        Assert.Contains($"\npart_numbering: {style}\n", imported.Yaml, StringComparison.Ordinal);
        var again = PlanRenderer.Default.Render(TestRun.New(), imported.Plan, null, new DiagnosticBag())!;
        Assert.Equal(Headings(paragraphs), Headings(Paragraphs(again.Docx)));
        Assert.True(Headings(paragraphs).Count >= 3);
    }

    [Theory]
    [InlineData("ke-hoach-atgt")]
    [InlineData("ke-hoach-thi-dua")]
    public void Parts_numbered_in_Arabic_print_1_2_with_their_clauses_going_on_from_them_pass_check_and_import_back(string template)
    {
        using var folder = new TempFolder();
        var plan = PlanFixtures.IssuedTrafficPlan($"template: {template}\npart_numbering: arabic\n");
        var bag = new DiagnosticBag();
        var rendered = PlanRenderer.Default.Render(TestRun.New(), plan, null, bag)!;
        var docx = folder.File("plan.docx");
        File.WriteAllBytes(docx, rendered.Docx);
        var paragraphs = Paragraphs(rendered.Docx);

        Assert.Contains(paragraphs, p => p.StartsWith("1. ", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("3. ", StringComparison.Ordinal));
        // The clauses of part 1. are 1.1, 1.2: no two labels of the body read alike.
        Assert.Contains(paragraphs, p => p.StartsWith("1.1 ", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("I. ", StringComparison.Ordinal) || p.StartsWith("II. ", StringComparison.Ordinal));
        Assert.Empty(CheckRun.Bytes(rendered.Docx));

        var imported = PlanImporter.Import(TestRun.New(), docx, folder.File("plan.yaml"), null, bag);

        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        Assert.Equal(PartNumbering.Arabic, imported!.Plan.PartNumbering);
        Assert.Contains("\npart_numbering: arabic\n", imported.Yaml, StringComparison.Ordinal);
        var again = PlanRenderer.Default.Render(TestRun.New(), imported.Plan, null, new DiagnosticBag())!;
        Assert.Equal(Numbered(paragraphs), Numbered(Paragraphs(again.Docx)));
    }

    [Fact]
    public void A_document_whose_parts_are_numbered_1_2_imports_keeping_that_numbering_without_a_warning()
    {
        var (imported, bag) = ImportedText.Recognize("""
            BỘ GIÁO DỤC VÀ ĐÀO TẠO
            Số: 1611/KH-BGDĐT
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 14 tháng 11 năm 2022
            KẾ HOẠCH
            Tổ chức hội thảo về phổ cập giáo dục
            Thực hiện Kế hoạch số 1521/KH-BGDĐT ngày 27/10/2022 của Bộ Giáo dục và Đào tạo, Bộ Giáo dục và Đào tạo xây dựng kế hoạch như sau:
            1. Mục đích yêu cầu
            Đánh giá công tác duy trì chất lượng phổ cập giáo dục.
            2. Nội dung
            Hội thảo trao đổi kinh nghiệm.
            3. Tổ chức thực hiện
            Vụ Giáo dục Mầm non chủ trì.
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal(PartNumbering.Arabic, plan.PartNumbering);
        Assert.Equal(3, plan.Parts.Count);
        Assert.DoesNotContain(bag.Items, d => d.Code == DiagnosticCode.ImportReshaped && d.Span.StartLine >= 8);
    }

    [Fact]
    public void The_default_is_not_written_and_the_schema_describes_the_key()
    {
        var plan = PlanFixtures.IssuedTrafficPlan();

        Assert.Equal(PartNumbering.Roman, plan.PartNumbering);
        Assert.DoesNotContain("part_numbering", PlanWriter.Write(plan), StringComparison.Ordinal);
        Assert.Contains("\"part_numbering\": {", PlanSchema.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_finds_a_lettered_part_out_of_its_order()
    {
        var plan = PlanFixtures.IssuedTrafficPlan("part_numbering: letters\n");
        var rendered = PlanRenderer.Default.Render(TestRun.New(), plan, null, new DiagnosticBag())!;
        var skipped = Mutate.Apply(rendered.Docx, b =>
        {
            var second = Mutate.Starting(b, "B. ");
            Mutate.SetText(second, "C. " + second.InnerText[3..]);
        });

        Assert.Contains(CheckRun.Bytes(skipped), d => d.Code == DiagnosticCode.CheckNumbering && d.Arguments.Contains("B."));
    }

    private static List<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        return [.. DocxText.Paragraphs(stream)];
    }

    // The paragraphs that open with an Arabic label: the parts "1." and their clauses "1.1".
    private static List<string> Numbered(List<string> paragraphs) =>
        [.. paragraphs.Where(p => p.Length > 1 && char.IsAsciiDigit(p[0]) && PlanGen.Core.Document.Grammar.NumberingLabel.Parse(p) is not null)];

    // The part headings: the paragraphs that open a division, "A. MỤC ĐÍCH, YÊU CẦU" or "Phần I. …".
    private static List<string> Headings(List<string> paragraphs) =>
        [.. paragraphs.Where(p => PlanGen.Core.Document.Grammar.DivisionHeading.Parse(p) is not null)];
}
