using PlanGen.Core.Output;
using PlanGen.Core;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Templating;
using PlanGen.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Building;

/// <summary>
/// A mistake in any template file is reported at that file, line and column, not at the markup the
/// template generated, and in the run's language.
/// </summary>
public sealed class TemplateErrorPlaceTests : IDisposable
{
    private const string Example = "lao-cai-2024/ubnd-tinh-atgt-2024.yaml";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The built-in template as a folder, with its shared partials in a <c>_common</c> folder beside it.</summary>
    private string Copy()
    {
        var template = Path.Combine(_temp.Path, "kh");
        Assert.True(TemplateCatalog.BuiltIn.Export(TestRun.New(), "ke-hoach-atgt", template, new DiagnosticBag()));
        var common = Path.Combine(_temp.Path, "_common");
        Directory.CreateDirectory(common);
        foreach (var partial in Directory.EnumerateFiles(template, "_*.sbn"))
        {
            File.Move(partial, Path.Combine(common, Path.GetFileName(partial)));
        }
        return template;
    }

    /// <summary>Replaces <paramref name="from"/> in a file; the place of <paramref name="mark"/> in the new text, 0-based.</summary>
    private static (int Line, int Column) Break(string file, string from, string to, string mark)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        text = text.Replace(from, to, StringComparison.Ordinal);
        File.WriteAllText(file, text);
        var index = text.IndexOf(mark, StringComparison.Ordinal);
        var lineStart = text.LastIndexOf('\n', index) + 1;
        return (text[..index].Count(c => c == '\n'), index - lineStart);
    }

    private static Diagnostic BuildFails(string template)
    {
        var bag = new DiagnosticBag();
        var plan = PlanPipeline.LoadChecked(TestRun.New(), ExampleBuilds.PathOf(Example), bag);
        Assert.NotNull(plan);
        Assert.Null(PlanRenderer.Default.Render(TestRun.New(), plan, template, bag));
        return Assert.Single(bag.Items, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_misspelt_attribute_in_a_shared_partial_is_reported_at_that_partial_in_both_languages()
    {
        var template = Copy();
        var partial = Path.Combine(_temp.Path, "_common", "_appendix.sbn");
        var (line, column) = Break(partial, "<column width=\"35\">", "<column widht=\"35\">", "widht");

        var error = BuildFails(template);

        Assert.Equal(DiagnosticCode.TemplateMarkup, error.Code);
        Assert.Equal(SourceSpan.At(partial, line, column), error.Span);
        var english = TextDiagnosticFormatter.Format(error, "en");
        var vietnamese = TextDiagnosticFormatter.Format(error, "vi");
        Assert.StartsWith($"{partial}({line + 1},{column + 1}): error PG3004: ", english, StringComparison.Ordinal);
        Assert.Contains("Unknown attribute 'widht' on <column>.", english, StringComparison.Ordinal);
        Assert.Contains("Mẫu sinh ra mã trình bày không hợp lệ: Không dùng được thuộc tính 'widht' trên <column>.", vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_width_is_reported_at_its_attribute()
    {
        var template = Copy();
        var partial = Path.Combine(_temp.Path, "_common", "_appendix.sbn");
        var (line, column) = Break(partial, "<column width=\"20\">", "<column width=\"200\">", "width=\"200\"");

        var error = BuildFails(template);

        Assert.Equal(SourceSpan.At(partial, line, column), error.Span);
        Assert.Contains("'200'", error.Message("en"), StringComparison.Ordinal);
        Assert.Contains("Độ rộng cột '200'", error.Message("vi"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_element_inside_a_function_of_a_partial_is_reported_where_the_function_writes_it()
    {
        var template = Copy();
        var partial = Path.Combine(_temp.Path, "_common", "_appendix.sbn");
        // The task row is written by a function called once per task: the first call is the one reported.
        var (line, column) = Break(partial, "<row number=\"{{ t.number }}\">", "<line number=\"{{ t.number }}\">", "line number");
        File.WriteAllText(partial, File.ReadAllText(partial).Replace("</cell></row>\n{{~ for sub", "</cell></line>\n{{~ for sub", StringComparison.Ordinal));

        var bag = new DiagnosticBag();
        var plan = PlanPipeline.LoadChecked(TestRun.New(), ExampleBuilds.PathOf(Example), bag)!;
        Assert.Null(PlanRenderer.Default.Render(TestRun.New(), plan, template, bag));

        var errors = bag.Items.Where(d => d.Severity == Severity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(SourceSpan.At(partial, line, column), e.Span));
        Assert.Contains("Unknown element <line> in <table>.", errors[0].Message("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_in_the_main_file_is_reported_at_the_main_file()
    {
        var template = Copy();
        var main = Path.Combine(template, "main.sbn");
        var (line, column) = Break(main, "<document>", "<document kind=\"plan\">", "kind=");

        var error = BuildFails(template);

        Assert.Equal(SourceSpan.At(main, line, column), error.Span);
    }

    [Fact]
    public void A_misspelt_start_tag_in_a_shared_partial_is_reported_at_that_tag_naming_its_end_tag_in_both_languages()
    {
        var template = Copy();
        var partial = Path.Combine(_temp.Path, "_common", "_appendix.sbn");
        var (line, column) = Break(partial, "<table>", "<tabel>", "tabel");
        var (endLine, endColumn) = Break(partial, "</table>", "</table>", "/table>");

        var error = BuildFails(template);

        Assert.Equal(DiagnosticCode.TemplateMarkup, error.Code);
        Assert.Equal(SourceSpan.At(partial, line, column), error.Span);
        var endPlace = $"_appendix.sbn({endLine + 1},{endColumn + 2})";
        Assert.Equal(
            $"{partial}({line + 1},{column + 1}): error PG3004: The template produced invalid layout markup: The element <tabel> opened here is closed by </table> at {endPlace}; each element must be closed by its own end tag </tabel>.",
            FirstLine(TextDiagnosticFormatter.Format(error, "en")));
        Assert.Equal(
            $"{partial}({line + 1},{column + 1}): lỗi PG3004: Mẫu sinh ra mã trình bày không hợp lệ: Phần tử <tabel> mở ở đây lại được đóng bằng </table> tại {endPlace}; mỗi phần tử phải được đóng bằng chính thẻ đóng </tabel> của nó.",
            FirstLine(TextDiagnosticFormatter.Format(error, "vi")));
    }

    [Fact]
    public void An_unclosed_element_in_the_main_file_is_reported_at_its_start_tag_in_both_languages()
    {
        var template = Copy();
        var main = Path.Combine(template, "main.sbn");
        var (line, column) = Break(main, "</document>", "", "document>");

        var error = BuildFails(template);

        Assert.Equal(SourceSpan.At(main, line, column), error.Span);
        Assert.Equal("The element <document> opened here is never closed; add </document> where it ends.", Detail(error, "en"));
        Assert.Equal("Phần tử <document> mở ở đây không được đóng; thêm </document> ở chỗ phần tử kết thúc.", Detail(error, "vi"));
    }

    [Fact]
    public void A_stray_less_than_sign_in_a_partial_is_quoted_at_its_place_in_both_languages()
    {
        var template = Copy();
        var partial = Path.Combine(_temp.Path, "_common", "_signing.sbn");
        var (line, column) = Break(partial, "<archive>{{", "<archive>Lưu < {{", "< {{");

        var error = BuildFails(template);

        Assert.Equal(SourceSpan.At(partial, line, column), error.Span);
        Assert.StartsWith("Text that is not well-formed markup: '< ", Detail(error, "en"), StringComparison.Ordinal);
        Assert.StartsWith("Đoạn không đúng cú pháp mã trình bày: '< ", Detail(error, "vi"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_entity_in_a_partial_is_named_at_its_ampersand_in_both_languages()
    {
        var template = Copy();
        var partial = Path.Combine(_temp.Path, "_common", "_signing.sbn");
        var (line, column) = Break(partial, "<archive>{{", "<archive>Lưu:&nbsp;{{", "&nbsp;");

        var error = BuildFails(template);

        Assert.Equal(SourceSpan.At(partial, line, column), error.Span);
        Assert.Equal("Unknown entity '&nbsp;'; write &amp; for '&', or the character itself.", Detail(error, "en"));
        Assert.Equal("Không có thực thể '&nbsp;'; viết &amp; thay cho '&', hoặc viết thẳng ký tự đó.", Detail(error, "vi"));
    }

    private static string FirstLine(string text) => text.Split('\n')[0];

    /// <summary>The PG3004 detail alone: the message after the code's own words.</summary>
    private static string Detail(Diagnostic error, string language)
    {
        var message = error.Message(language);
        return message[(message.IndexOf(": ", StringComparison.Ordinal) + 2)..];
    }
}
