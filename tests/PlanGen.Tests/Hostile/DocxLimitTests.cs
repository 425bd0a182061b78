using System.Text;
using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Docx.Reading;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// The DOCX reader's depth and work limits: nesting in a paragraph or in the body, unknown
/// elements, element and paragraph counts, list counters and their labels. Each limit is an error
/// with its own code at the file; what is below it is read as before.
/// </summary>
public sealed class DocxLimitTests
{
    private static Diagnostic Refused(byte[] docx)
    {
        var (document, bag) = ReadDocx.Bytes(docx);
        Assert.Null(document);
        var diagnostic = Assert.Single(bag.Items);
        Assert.True(diagnostic.Span.IsWholeFile);
        return diagnostic;
    }

    internal static string Nested(string open, string close, string inner, int depth)
    {
        var text = new StringBuilder(depth * (open.Length + close.Length) + inner.Length);
        for (var i = 0; i < depth; i++) text.Append(open);
        text.Append(inner);
        for (var i = 0; i < depth; i++) text.Append(close);
        return text.ToString();
    }

    public static TheoryData<string, string> ParagraphWrappers() => new()
    {
        { "<w:hyperlink>", "</w:hyperlink>" },
        { "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>" },
        { "<w:ins>", "</w:ins>" },
        { "<w:customXml>", "</w:customXml>" },
        { "<w:smartTag>", "</w:smartTag>" },
    };

    [Theory]
    [MemberData(nameof(ParagraphWrappers))]
    public void Thirty_thousand_nested_wrappers_in_a_paragraph_are_refused_with_PG5008(string open, string close)
    {
        var docx = RawDocx.Make(RawDocx.P("KẾ HOẠCH") + "<w:p>" + Nested(open, close, "<w:r><w:t>sâu</w:t></w:r>", 30_000) + "</w:p>");

        var diagnostic = Refused(docx);

        Assert.Equal("PG5008", diagnostic.Id);
        Assert.Contains("word/document.xml", diagnostic.Message("en"), StringComparison.Ordinal);
        Assert.Contains("cấp", diagnostic.Message("vi"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>")]
    [InlineData("<w:customXml>", "</w:customXml>")]
    [InlineData("<x:a xmlns:x=\"urn:x\">", "</x:a>")]
    public void Deep_nesting_in_the_body_is_refused_with_PG5008(string open, string close)
    {
        var docx = RawDocx.Make(RawDocx.P("KẾ HOẠCH") + Nested(open, close, RawDocx.P("sâu"), 100_000));

        Assert.Equal("PG5008", Refused(docx).Id);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(240)]
    public void Nesting_below_the_limit_is_read_through(int depth)
    {
        var docx = RawDocx.Make(RawDocx.P("KẾ HOẠCH") + "<w:p>" + Nested("<w:hyperlink>", "</w:hyperlink>", "<w:r><w:t>Lào Cai</w:t></w:r>", depth) + "</w:p>"
            + Nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", RawDocx.P("Đoạn trong"), depth / 2));

        var document = ReadDocx.Ok(docx);

        Assert.Equal(["KẾ HOẠCH", "Lào Cai", "Đoạn trong"], ReadDocx.Paragraphs(document.Body).Select(p => p.Text));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(1_000)]
    [InlineData(30_000)]
    public void Nesting_over_the_limit_is_refused_however_deep(int depth)
    {
        var docx = RawDocx.Make("<w:p>" + Nested("<w:hyperlink>", "</w:hyperlink>", "<w:r><w:t>x</w:t></w:r>", depth) + "</w:p>");

        Assert.Equal("PG5008", Refused(docx).Id);
    }

    [Fact]
    public void Millions_of_empty_elements_are_refused_by_their_count_with_PG5009()
    {
        var docx = RawDocx.Make(RawDocx.P("KẾ HOẠCH") + string.Concat(Enumerable.Repeat("<w:p/>", 3_000_000)));

        var diagnostic = Refused(docx);

        Assert.Equal("PG5009", diagnostic.Id);
        Assert.Contains("word/document.xml", diagnostic.Message("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void More_paragraphs_than_the_limit_are_refused_with_PG5100()
    {
        var docx = RawDocx.Make(string.Concat(Enumerable.Repeat("<w:p/>", 250_000)));

        Assert.Equal("PG5100", Refused(docx).Id);
    }

    private static string Numbering(string start, string format, string overrides = "") =>
        $"<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/>" + overrides + "</w:num>";

    [Fact]
    public void A_list_starting_at_the_largest_number_in_letters_is_refused_by_its_label_length_with_PG5101()
    {
        var body = RawDocx.P("KẾ HOẠCH") + string.Concat(Enumerable.Repeat(RawDocx.Numbered("mục", 1, 0), 7));

        var diagnostic = Refused(RawDocx.Make(body, numbering: Numbering("2147483647", "upperLetter")));

        Assert.Equal("PG5101", diagnostic.Id);
    }

    [Theory]
    [InlineData("99999", "32767.")]
    [InlineData("2147483647", "32767.")]
    [InlineData("-5", "0.")]
    [InlineData("1e300", "32767.")]
    public void A_start_beyond_Words_range_counts_from_its_bound(string start, string label)
    {
        var document = ReadDocx.Ok(RawDocx.Make(RawDocx.Numbered("mục", 1, 0), numbering: Numbering(start, "decimal")));

        Assert.Equal(label, ReadDocx.Paragraphs(document.Body).Single().ListLabel);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("-1")]
    [InlineData("255")]
    public void A_start_override_on_a_level_Word_does_not_have_is_ignored(string level)
    {
        var overrides = $"<w:lvlOverride w:ilvl=\"{level}\"><w:startOverride w:val=\"5\"/></w:lvlOverride>";
        var document = ReadDocx.Ok(RawDocx.Make(RawDocx.Numbered("một", 1, 0) + RawDocx.Numbered("hai", 1, 0), numbering: Numbering("1", "decimal", overrides)));

        Assert.Equal(["1.", "2."], ReadDocx.Paragraphs(document.Body).Select(p => p.ListLabel));
    }

    [Fact]
    public void A_level_9_override_no_longer_stops_check_of_the_next_file()
    {
        using var folder = new Support.TempFolder();
        var bad = folder.File("a.docx");
        File.WriteAllBytes(bad, RawDocx.Make(RawDocx.Numbered("một", 1, 0), numbering: Numbering("1", "decimal", "<w:lvlOverride w:ilvl=\"9\"><w:startOverride w:val=\"5\"/></w:lvlOverride>")));
        var good = folder.File("b.docx");
        File.WriteAllBytes(good, RawDocx.Make(RawDocx.P("KẾ HOẠCH")));

        var run = HostileScratch.Run("check", bad, good, "--lang", "en");

        HostileScratch.AssertNoCrash(run);
        Assert.Contains("b.docx", run.Error, StringComparison.Ordinal);
    }
}
