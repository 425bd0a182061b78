using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Check;
using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Check;

/// <summary>
/// Check reads the document through its outline: a type line with words after the kind is the type
/// line, and the plan a decision issues in the same DOCX is checked as a plan, its body and numbering included.
/// </summary>
public sealed class OutlineCheckTests
{
    private const string DecisionWithPlan = "khanh-hoa-2021/qd-665-ubnd.yaml";

    // The decision and the plan it issues built into one DOCX, as build writes them by default.
    private static byte[] OneDocx() => ExampleBuilds.Built(DecisionWithPlan, new DiagnosticBag()).Docx;

    private static string TextOf(Paragraph p) => string.Concat(p.Descendants<Text>().Select(t => t.Text));

    [Fact]
    public void A_type_line_with_words_after_the_kind_passes_as_the_type_line()
    {
        var bytes = Mutate.Apply(CheckRun.LaoCai, body =>
        {
            var type = Mutate.Paragraph(body, t => t == "KẾ HOẠCH");
            type.Descendants<Text>().Last().Text += " HÀNH ĐỘNG";
        });

        var found = CheckRun.Bytes(bytes);

        Assert.True(!found.Any(d => d.Severity == Severity.Error), CheckRun.Show(found));
        var outline = CheckRun.Parts(bytes);
        Assert.Equal("HÀNH ĐỘNG", outline.TypeSuffix);
        Assert.NotEmpty(outline.Subject);
    }

    // The plan's section of the one DOCX: the paragraphs after its type title.
    private static List<Paragraph> PlanSection(Body body)
    {
        var paragraphs = body.Elements<Paragraph>().ToList();
        return [.. paragraphs.Skip(paragraphs.FindIndex(p => TextOf(p) == "KẾ HOẠCH"))];
    }

    [Fact]
    public void A_body_paragraph_out_of_size_in_the_plan_a_decision_issues_is_reported()
    {
        var built = OneDocx();
        var planted = "";
        var bytes = Mutate.Apply(built, body =>
        {
            var target = PlanSection(body).First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Body" && TextOf(p).Length > 120);
            foreach (var run in target.Descendants<Run>()) (run.RunProperties ??= new RunProperties()).FontSize = new FontSize { Val = "24" };
            planted = TextOf(target);
        });

        var found = CheckRun.Bytes(bytes);

        Assert.Contains(found, d => d.Code == DiagnosticCode.CheckBodySize && d.Arguments[0] == DocumentCheckContext.FirstWords(planted));
        Assert.DoesNotContain(CheckRun.Bytes(built), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_clause_numbered_out_of_turn_in_the_plan_a_decision_issues_is_reported()
    {
        var planted = "";
        var bytes = Mutate.Apply(OneDocx(), body =>
        {
            var second = PlanSection(body).First(p => TextOf(p).StartsWith("2. ", StringComparison.Ordinal));
            var text = second.Descendants<Text>().First(t => t.Text.Contains("2.", StringComparison.Ordinal));
            text.Text = text.Text.Replace("2.", "5.", StringComparison.Ordinal);
            planted = TextOf(second);
        });

        var found = CheckRun.Bytes(bytes);

        Assert.Contains(found, d => d.Code == DiagnosticCode.CheckNumbering && d.Arguments[0] == DocumentCheckContext.FirstWords(planted));
        // The plan numbers its parts from I again: its own numbering is no finding against the decision's.
        Assert.DoesNotContain(CheckRun.Bytes(OneDocx()), d => d.Code == DiagnosticCode.CheckNumbering);
    }

    [Fact]
    public void The_plan_a_decision_issues_has_its_own_body_and_the_decision_keeps_its_articles()
    {
        var outline = CheckRun.Parts(OneDocx());

        Assert.NotNull(outline.Issued);
        Assert.Equal("KẾ HOẠCH", outline.IssuedTitle?.Text);
        Assert.Contains(outline.Issued.Body, p => p.Text.Contains("Tuyên truyền, phổ biến", StringComparison.Ordinal));
        Assert.DoesNotContain(outline.Issued.Body, p => p.Text.StartsWith("Điều 3.", StringComparison.Ordinal));
        Assert.DoesNotContain(outline.Issued.Body, p => p.Text.StartsWith("(Ban hành kèm theo", StringComparison.Ordinal));
    }
}
