using PlanGen.Core;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Templating;

/// <summary>
/// Forms real plans write that the format must reproduce: an introduction that is its own
/// sentence, part headings in sentence case, a paragraph standing between "-" items. Each is
/// checked in the markup of both built-in templates.
/// </summary>
public sealed class WrittenFormTests : IDisposable
{
    private const string Head = """
        issuer:
          name: Ban An toàn giao thông xã Liên Minh
          code: BATGT
          place: Liên Minh
          level: commune
        title: Triển khai bảo đảm trật tự an toàn giao thông năm 2022
        parent:
          kind: Kế hoạch
          number: 03/KH-BATGT
          date: 2022-03-15
          issuer: Ban An toàn giao thông huyện Đức Thọ
          subject: bảo đảm trật tự an toàn giao thông năm 2022
        introduction: "Ban An toàn giao thông xã Liên Minh xây dựng Kế hoạch triển khai thực hiện trên địa bàn, cụ thể như sau:"

        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Markup(string yaml, string template)
    {
        var path = _temp.File("plan.yaml", Head + yaml);
        var diagnostics = new DiagnosticBag();
        var plan = PlanPipeline.LoadChecked(TestRun.New(), path, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        return RenderHelper.Render(plan!, template);
    }

    [Theory]
    [MemberData(nameof(ExampleBuilds.EveryTemplate), MemberType = typeof(ExampleBuilds))]
    public void Introduction_is_its_own_sentence_with_basis_layout_sentences(string template)
    {
        var markup = Markup("basis_layout: sentences\n", template);

        Assert.Contains(
            "Ban An toàn giao thông huyện Đức Thọ về bảo đảm trật tự an toàn giao thông năm 2022. Ban An toàn giao thông xã Liên Minh xây dựng Kế hoạch",
            markup, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleBuilds.EveryTemplate), MemberType = typeof(ExampleBuilds))]
    public void Introduction_joins_the_citation_with_a_comma_by_default(string template)
    {
        var markup = Markup("", template);

        Assert.Contains("năm 2022, Ban An toàn giao thông xã Liên Minh", markup, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleBuilds.EveryTemplate), MemberType = typeof(ExampleBuilds))]
    public void Part_headings_follow_the_plans_case_and_a_part_may_differ(string template)
    {
        var markup = Markup("""
            heading_case: as_written
            targets:
              title: Mục tiêu, yêu cầu
              text: Bảo đảm an toàn.
            organization:
              heading_case: upper
              text: Các ban, ngành thực hiện.
            """, template);

        Assert.Contains("<part title=\"Mục tiêu, yêu cầu\">", markup, StringComparison.Ordinal);
        Assert.Contains("<part title=\"TỔ CHỨC THỰC HIỆN\">", markup, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleBuilds.EveryTemplate), MemberType = typeof(ExampleBuilds))]
    public void Part_headings_as_written_reach_the_docx_in_sentence_case(string template)
    {
        var paragraphs = DocxParagraphs("""
            heading_case: as_written
            purpose: Nâng cao ý thức chấp hành pháp luật về trật tự an toàn giao thông.
            targets:
              title: Mục tiêu, yêu cầu
              text: Bảo đảm an toàn.
            organization:
              heading_case: upper
              title: Tổ chức thực hiện
              text: Các ban, ngành thực hiện.
            """, template);

        Assert.Contains(paragraphs, p => p.EndsWith(". Mục tiêu, yêu cầu", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("I. Mục đích", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.EndsWith(". TỔ CHỨC THỰC HIỆN", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("MỤC TIÊU, YÊU CẦU", StringComparison.Ordinal) || p.Contains("MỤC ĐÍCH", StringComparison.Ordinal));
    }

    private List<string> DocxParagraphs(string yaml, string template)
    {
        var path = _temp.File("plan.yaml", Head + yaml);
        var diagnostics = new DiagnosticBag();
        var plan = PlanPipeline.LoadChecked(TestRun.New(), path, diagnostics);
        var rendered = plan is null ? null : PlanRenderer.Default.Render(TestRun.New(), plan, template, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        return DocxContent.Paragraphs(rendered!.Docx);
    }

    [Theory]
    [MemberData(nameof(ExampleBuilds.EveryTemplate), MemberType = typeof(ExampleBuilds))]
    public void Part_headings_are_in_capitals_unless_the_plan_says_otherwise(string template)
    {
        var markup = Markup("organization:\n  title: Tổ chức thực hiện\n  text: Các ban thực hiện.\n", template);

        Assert.Contains("<part title=\"TỔ CHỨC THỰC HIỆN\">", markup, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleBuilds.EveryTemplate), MemberType = typeof(ExampleBuilds))]
    public void A_paragraph_between_items_keeps_its_place(string template)
    {
        var markup = Markup("""
            organization:
              bullets:
                - Công an xã chủ trì tuần tra.
                - paragraph: "Ngoài các nhiệm vụ trên, các thôn thực hiện như sau:"
                - Các thôn tuyên truyền đến từng hộ.
            """, template);

        var first = markup.IndexOf("<dash>Công an xã chủ trì tuần tra.</dash>", StringComparison.Ordinal);
        var paragraph = markup.IndexOf("<p>Ngoài các nhiệm vụ trên, các thôn thực hiện như sau:</p>", StringComparison.Ordinal);
        var second = markup.IndexOf("<dash>Các thôn tuyên truyền đến từng hộ.</dash>", StringComparison.Ordinal);
        Assert.True(first >= 0 && paragraph > first && second > paragraph, markup);
    }
}
