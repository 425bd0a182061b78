using System.Globalization;
using System.Text;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Pdf;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// The PDF reader's limits: references that loop or chain (refused before the PDF library could
/// follow them without end), streams that inflate past the decoded-size budget, pages with more
/// words than any page of a plan, and the structures that held before (deep arrays, page and font
/// loops). Each is one error with its own code at the file; nothing is thrown.
/// </summary>
public sealed class PdfLimitTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private (LayoutDocument? Document, DiagnosticBag Diagnostics) Read(byte[] pdf, string name = "tai-lieu.pdf")
    {
        var path = _temp.File(name);
        File.WriteAllBytes(path, pdf);
        var bag = new DiagnosticBag();
        return (PdfDocumentReader.Instance.Read(path, bag), bag);
    }

    private Diagnostic Refused(byte[] pdf)
    {
        var (document, bag) = Read(pdf);
        Assert.Null(document);
        var diagnostic = Assert.Single(bag.Items);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.True(diagnostic.Span.IsWholeFile);
        return diagnostic;
    }

    private const string Font = "/Resources << /Font << /F1 4 0 R >> >>";

    // An A4 page with the font: what the page's own entries say when only its contents matter.
    private const string Page = "/MediaBox [0 0 595 842] " + Font;

    [Fact]
    public void A_media_box_that_refers_to_itself_is_refused_with_PG6056()
    {
        var diagnostic = Refused(RawPdf.OnePage(Font + " /MediaBox 6 0 R", ["6 0 R"]));

        Assert.Equal("PG6056", diagnostic.Id);
        Assert.Contains("6", diagnostic.Message("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_loop_through_the_resources_is_refused_with_PG6056()
    {
        Assert.Equal("PG6056", Refused(RawPdf.OnePage("/MediaBox [0 0 595 842] /Resources 6 0 R", ["7 0 R", "6 0 R"])).Id);
    }

    [Fact]
    public void A_loop_through_one_element_arrays_is_refused_with_PG6056()
    {
        Assert.Equal("PG6056", Refused(RawPdf.OnePage(Font + " /MediaBox 6 0 R", ["[7 0 R]", "[6 0 R]"])).Id);
    }

    [Fact]
    public void A_chain_of_a_hundred_thousand_references_is_refused_with_PG6056()
    {
        var chain = Enumerable.Range(0, 100_000).Select(i => (i + 7).ToString(CultureInfo.InvariantCulture) + " 0 R").ToList();
        chain[^1] = "[0 0 595 842]";

        Assert.Equal("PG6056", Refused(RawPdf.OnePage(Font + " /MediaBox 6 0 R", chain)).Id);
    }

    [Fact]
    public void A_loop_inside_a_compressed_object_stream_is_refused_with_PG6056()
    {
        // Objects 6 and 7 live in the object stream 8: "6 0 R" and "7 0 R" are each other's value.
        var index = "6 0 7 6 ";
        var body = RawPdf.Stream(Encoding.Latin1.GetBytes(index + "7 0 R 6 0 R"), $" /Type /ObjStm /N 2 /First {index.Length}", deflate: true);
        var pdf = RawPdf.OnePage(Font + " /MediaBox 6 0 R", [RawPdf.Bytes("null"), RawPdf.Bytes("null"), body]);

        Assert.Equal("PG6056", Refused(pdf).Id);
    }

    [Fact]
    public void A_short_chain_of_references_is_followed()
    {
        var (document, bag) = Read(RawPdf.OnePage(Font + " /MediaBox 6 0 R", ["7 0 R", "8 0 R", "[0 0 595 842]"]));

        Assert.Empty(bag.Items);
        Assert.NotNull(document);
    }

    [Fact]
    public void A_form_that_draws_itself_does_not_crash_the_reader()
    {
        var form = RawPdf.Stream("/X1 Do"u8.ToArray(), " /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X1 6 0 R >> >>");
        var (_, bag) = Read(RawPdf.OnePage("/MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /X1 6 0 R >> >>", [form], [.. RawPdf.Title, .. " /X1 Do"u8]));

        Assert.All(bag.Items, d => Assert.StartsWith("PG60", d.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Four_megabytes_drawn_a_thousand_times_exceed_the_decoded_budget_with_PG6054()
    {
        var references = string.Join(' ', Enumerable.Repeat("6 0 R", 1000));
        var pdf = RawPdf.OnePage(Page, [RawPdf.InflatingStream(4L * 1024 * 1024)], contentsEntry: $"[5 0 R {references}]");
        Assert.True(pdf.Length < 64 * 1024);

        var diagnostic = Refused(pdf);

        Assert.Equal("PG6054", diagnostic.Id);
        Assert.Contains("MB", diagnostic.Message("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void One_stream_that_inflates_past_the_budget_is_refused_with_PG6054()
    {
        var pdf = RawPdf.OnePage(Page, [RawPdf.InflatingStream(300L * 1024 * 1024)], contentsEntry: "[5 0 R 6 0 R]");
        Assert.True(pdf.Length < 2 * 1024 * 1024);

        Assert.Equal("PG6054", Refused(pdf).Id);
    }

    /// <summary>A page with <paramref name="lines"/> lines of <paramref name="perLine"/> words each, in a deflated content stream.</summary>
    internal static byte[] PageOfWords(int lines, int perLine, double size)
    {
        var content = new StringBuilder(FormattableString.Invariant($"BT /F1 {size} Tf\n"));
        for (var row = 0; row < lines; row++)
        {
            content.Append(CultureInfo.InvariantCulture, $"1 0 0 1 20 {820 - (row * size * 1.2):0.##} Tm (");
            for (var k = 0; k < perLine; k++)
            {
                content.Append(k == 0 ? "" : " ").Append('w').Append(((row * perLine) + k) % 97);
            }
            content.Append(") Tj\n");
        }
        content.Append("ET");
        return RawPdf.OnePage(Page, Array.Empty<string>(), Encoding.Latin1.GetBytes(content.ToString()));
    }

    [Fact]
    public void Two_hundred_thousand_words_on_one_page_are_refused_with_PG6055()
    {
        var diagnostic = Refused(PageOfWords(1000, 200, 1));

        Assert.Equal("PG6055", diagnostic.Id);
        Assert.Contains("1", diagnostic.Message("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dense_page_below_the_limit_is_read_whole()
    {
        var (document, bag) = Read(PageOfWords(150, 60, 4));

        Assert.DoesNotContain(bag.Items, d => d.Severity == Severity.Error);
        var words = document!.Body.OfType<Paragraph>().Sum(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(150 * 60, words);
    }

    [Fact]
    public void An_array_nested_a_hundred_thousand_deep_is_an_error_not_a_crash()
    {
        var diagnostic = Refused(RawPdf.OnePage(Page + " /Foo " + new string('[', 100_000) + new string(']', 100_000), Array.Empty<string>()));

        Assert.StartsWith("PG60", diagnostic.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_tree_that_contains_itself_is_an_error_not_a_crash()
    {
        var pdf = RawPdf.OnePage(Page, Array.Empty<byte[]>(), kids: "[2 0 R 3 0 R] /Count 2");

        var (_, bag) = Read(pdf);

        Assert.All(bag.Items, d => Assert.StartsWith("PG60", d.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void A_yaml_file_with_PDF_in_a_comment_is_not_taken_for_a_PDF()
    {
        var path = _temp.File("ke-hoach-cap-tren.yaml", "# %PDF-1.7 bản in kèm theo\nissuer:\n  name: UBND\n");

        Assert.False(PdfDocumentReader.Instance.CanRead(path));
        Assert.True(PdfDocumentReader.Instance.CanRead(_temp.File("x.PDF", "%PDF-1.4")));
    }
}
