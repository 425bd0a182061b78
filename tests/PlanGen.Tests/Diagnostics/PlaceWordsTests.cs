using PlanGen.Core.Diagnostics;

namespace PlanGen.Tests.Diagnostics;

/// <summary>A place in a document is named in the words of the run's language; JSON keeps the English place for programs.</summary>
public sealed class PlaceWordsTests
{
    [Theory]
    [InlineData("paragraph 12", "kế hoạch.docx(đoạn 12)")]
    [InlineData("page 3", "kế hoạch.docx(trang 3)")]
    [InlineData("section 2", "kế hoạch.docx(phần (section) 2)")]
    [InlineData("header", "kế hoạch.docx(đầu trang)")]
    [InlineData("header of page 1", "kế hoạch.docx(đầu trang của trang 1)")]
    [InlineData("header of page 2+", "kế hoạch.docx(đầu trang từ trang 2)")]
    public void A_named_place_reads_in_vietnamese_in_a_vietnamese_run(string place, string expected)
    {
        var span = SourceSpan.Named("kế hoạch.docx", place);

        Assert.Equal(expected, span.ToString("vi"));
        Assert.Equal("kế hoạch.docx(" + place + ")", span.ToString("en"));
    }

    [Fact]
    public void Lines_and_columns_read_alike_in_both_languages()
    {
        var span = SourceSpan.At("ke-hoach.yaml", 9, 2);

        Assert.Equal("ke-hoach.yaml(10,3)", span.ToString("vi"));
        Assert.Equal(span.ToString("en"), span.ToString("vi"));
    }

    [Fact]
    public void Json_keeps_the_english_place()
    {
        var diagnostic = new Diagnostic(DiagnosticCode.CheckPageNumbers, Severity.Error, SourceSpan.Named("a.docx", "header of page 2+"), [MessageWord.PageNumbers.Missing]);

        var json = JsonDiagnosticFormatter.Format([diagnostic], "vi");

        Assert.Contains("\"place\": \"header of page 2+\"", json, StringComparison.Ordinal);
        Assert.Contains("a.docx(đầu trang từ trang 2): lỗi", TextDiagnosticFormatter.Format(diagnostic, "vi"), StringComparison.Ordinal);
    }
}
