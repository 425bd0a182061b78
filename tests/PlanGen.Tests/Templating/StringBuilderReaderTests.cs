using System.Text;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Markup;
using PlanGen.Core.Templating;

namespace PlanGen.Tests.Templating;

public sealed class StringBuilderReaderTests
{
    // Appended piece by piece, as a render writes, so the text lies in many chunks of the builder.
    private static StringBuilder Pieces(int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append("<p>Đoạn ").Append(i).Append(": Ủy ban nhân dân tỉnh Lào Cai — “trật tự” &amp; an toàn</p>\n");
        }
        return builder;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Reading_in_blocks_of_any_size_gives_the_whole_text_in_order(int block)
    {
        var builder = Pieces(2000);
        var chunks = 0;
        foreach (var _ in builder.GetChunks())
        {
            chunks++;
        }
        Assert.True(chunks > 1);
        var read = new StringBuilder();
        using var reader = new StringBuilderReader(builder);
        var buffer = new char[block];
        int count;
        while ((count = reader.Read(buffer, 0, block)) > 0)
        {
            read.Append(buffer, 0, count);
        }
        Assert.Equal(builder.ToString(), read.ToString());
        Assert.Equal(-1, reader.Peek());
    }

    [Fact]
    public void Peek_and_read_one_at_a_time_cross_chunk_boundaries()
    {
        var builder = Pieces(300);
        var read = new StringBuilder();
        using var reader = new StringBuilderReader(builder);
        while (reader.Peek() is var next and >= 0)
        {
            Assert.Equal(next, reader.Read());
            read.Append((char)next);
        }
        Assert.Equal(-1, reader.Read());
        Assert.Equal(builder.ToString(), read.ToString());
    }

    [Fact]
    public void An_empty_builder_reads_as_the_end()
    {
        using var reader = new StringBuilderReader(new StringBuilder());
        Assert.Equal(-1, reader.Peek());
        Assert.Equal(0, reader.Read(new char[8], 0, 8));
    }

    [Fact]
    public void A_rendered_plan_parsed_where_it_was_written_makes_the_same_docx_as_its_string()
    {
        var diagnostics = new DiagnosticBag();
        var template = TemplateCatalog.BuiltIn.Find("ke-hoach-atgt", diagnostics);
        Assert.NotNull(template);
        var rendered = TemplateRenderer.Default.RenderUntraced(PlanFixtures.IssuedTrafficPlan(), template, diagnostics);
        Assert.NotNull(rendered);

        var fromBuilder = LayoutMarkupParser.Parse(rendered, "main.sbn");
        var fromString = LayoutMarkupParser.Parse(rendered.Text, "main.sbn");

        Assert.Empty(fromBuilder.Errors);
        Assert.Empty(fromString.Errors);
        Assert.Equal(Docx(fromString.Document!), Docx(fromBuilder.Document!));
    }

    private static byte[] Docx(PlanGen.Core.Document.LayoutDocument document)
    {
        using var stream = new MemoryStream();
        PlanGen.Docx.DocxWriter.Write(document, stream);
        return stream.ToArray();
    }
}
