using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Reading;
using PlanGen.Core.Import;
using PlanGen.Core.Templating;
using PlanGen.Docx;
using PlanGen.Docx.Reading;
using PlanGen.Tests.Check;
using PlanGen.Tests.Docx.Reading;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// Literal <c>*</c>, <c>**</c> and <c>&lt;</c> in a document's text survive import and build: the
/// plan format escapes them with a backslash (<c>\*</c>), import writes the escape, and emphasis
/// comes only from the source's real formatting.
/// </summary>
public sealed class LiteralTextTests
{

    [Theory]
    [InlineData(@"5\*3\*2", "5*3*2")]
    [InlineData(@"\*\*không đậm\*\*", "**không đậm**")]
    [InlineData(@"**đậm** và 2\*3", "<b>đậm</b> và 2*3")]
    [InlineData(@"\<i>chữ\</i>", "&lt;i&gt;chữ&lt;/i&gt;")]
    [InlineData(@"C:\Tài liệu\*nháp*", @"C:\Tài liệu*nháp*")]
    [InlineData(@"dấu \\*nghiêng*", @"dấu \<i>nghiêng</i>")]
    public void A_backslash_makes_the_next_mark_literal(string plan, string markup)
    {
        Assert.Equal(markup, MarkupText.Inline(plan));
    }

    [Theory]
    [InlineData(@"5\*3\*2", "5*3*2")]
    [InlineData(@"**Ban** \*chỉ đạo\*", "Ban *chỉ đạo*")]
    public void Plain_text_resolves_the_escapes(string plan, string plain)
    {
        Assert.Equal(plain, MarkupText.StripEmphasis(plan));
        Assert.Equal(plain, MarkedText.Plain(plan));
    }

    [Fact]
    public void Runs_with_stars_in_their_text_are_written_escaped_and_read_back()
    {
        IReadOnlyList<Core.Document.InlineRun> runs = [new("Công thức 5*3*2 và ", false, false), new("nghiêng", false, true), new(@" \ hết", false, false)];

        var marked = MarkedText.Format(runs);

        Assert.Equal(@"Công thức 5\*3\*2 và *nghiêng* \ hết", marked);
        Assert.Equal(runs.Select(r => (r.Text, r.Italic)), MarkedText.Parse(marked).Select(r => (r.Text, r.Italic)));
    }

    [Fact]
    public void Literal_stars_in_a_docx_come_back_from_import_and_build_as_stars()
    {
        using var folder = new TempFolder();
        var source = folder.File("ke-hoach.docx");
        File.WriteAllBytes(source, Mutate.Apply(CheckRun.LaoCai, body =>
        {
            Text(Mutate.LongBody(body)).Text = "Tỷ lệ 5*3*2 và **không đậm** đạt yêu cầu.";
            Text(Mutate.Starting(body, "1. Ban An toàn giao thông tỉnh")).Text = "1. Ban An toàn giao thông tỉnh *trọng tâm*";
        }));
        var bag = new DiagnosticBag();

        var imported = PlanImporter.Import(TestRun.New(), source, folder.File("ke-hoach.yaml"), null, bag);

        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        Assert.Contains(@"5\*3\*2 và \*\*không đậm\*\*", imported!.Yaml, StringComparison.Ordinal);
        var rebuilt = PlanRenderer.Default.Render(TestRun.New(), imported.Plan, null, bag)!;
        var paragraphs = DocxContent.Paragraphs(rebuilt.Docx);
        Assert.Contains(paragraphs, p => p == "Tỷ lệ 5*3*2 và **không đậm** đạt yêu cầu.");
        Assert.Contains("1. Ban An toàn giao thông tỉnh *trọng tâm*", paragraphs);
        Assert.DoesNotContain(ReadDocx.Paragraphs(ReadDocx.Ok(rebuilt.Docx).Body), p => p.Text.Contains("5*3*2", StringComparison.Ordinal) && p.Runs.Any(r => r.Italic || r.Bold));
    }

    [Fact]
    public void A_text_document_escapes_marks_with_a_backslash()
    {
        var runs = MarkedText.Parse(@"Giá \*\*5\*\* và \<i>x\</i> và *nghiêng*");

        Assert.Equal("Giá **5** và <i>x</i> và nghiêng", string.Concat(runs.Select(r => r.Text)));
        Assert.Equal("nghiêng", Assert.Single(runs, r => r.Italic).Text);
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Text Text(DocumentFormat.OpenXml.Wordprocessing.Paragraph paragraph)
    {
        var texts = paragraph.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().ToList();
        foreach (var extra in texts.Skip(1)) extra.Text = "";
        return texts[0];
    }
}
