using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Yaml;

/// <summary>
/// The mistakes a clerk makes in YAML — a comma or a colon in a text between braces, a colon in a
/// title, a Tab, a quote left open or followed by more words, a line indented unlike its
/// neighbours — each give one message in the run's language that says what is wrong, and a hint
/// with the line as it should be written; the parser's English never shows.
/// </summary>
public sealed class YamlMistakeTests
{
    [Theory]
    [InlineData("PG1020-comma-in-a-text-between-braces", "dấu phẩy", "assignment: {text: \"Công an xã chủ trì, phối hợp Đoàn Thanh niên, Hội Liên hiệp Phụ nữ xã thực hiện.\"")]
    [InlineData("PG1001-colon-in-braces", "dấu hai chấm", "assignment: {text: \"Công an xã: chủ trì thực hiện\", lead: [Công an xã]}")]
    [InlineData("PG1001-colon-in-plain-text", "dấu hai chấm", "title: \"Kế hoạch: bảo đảm an toàn giao thông năm 2024\"")]
    [InlineData("PG1001-tab-indentation", "Tab", "2 dấu cách như các dòng bên cạnh: code: UBND")]
    [InlineData("PG1001-unclosed-quote", "chưa được đóng", "introduction: \"Ủy ban nhân dân xã xây dựng Kế hoạch như sau:\"")]
    [InlineData("PG1001-text-after-a-closing-quote", "dấu ngoặc kép đóng", "closing: '\"Trên đây\" là Kế hoạch của Ủy ban nhân dân xã'")]
    [InlineData("PG1001-bad-indentation", "thụt vào 3 dấu cách", "Thụt vào 2 dấu cách như các khóa cùng cấp: code: UBND")]
    [InlineData("PG1001-syntax-error", "chưa được đóng", "recipients: [Công an tỉnh, Sở Y tế]")]
    public void A_mistake_gets_one_message_in_Vietnamese_with_the_line_to_write(string folder, string inMessage, string inHint)
    {
        var diagnostics = Diagnose.Plan(Path.Combine(TestPaths.Cases("Reading"), folder, "plan.yaml")).Items
            .Where(d => d.Severity == Severity.Error).ToList();

        var error = Assert.Single(diagnostics);
        Assert.Contains(inMessage, error.Message("vi"), StringComparison.Ordinal);
        Assert.Contains(inHint, error.Hint("vi"), StringComparison.Ordinal);
        foreach (var language in new[] { "vi", "en" })
        {
            Assert.DoesNotMatch("While |found |did not find|scalar|mapping values", error.Message(language) + error.Hint(language));
        }
    }

    [Fact]
    public void A_text_cut_at_its_comma_is_read_whole_so_nothing_else_is_reported_for_it()
    {
        var plan = Path.Combine(TestPaths.Cases("Reading"), "PG1020-comma-in-a-text-between-braces", "plan.yaml");
        var bag = new DiagnosticBag();

        var read = PlanGen.Core.PlanPipeline.LoadChecked(TestRun.New(), plan, bag);

        Assert.DoesNotContain(bag.Items, d => d.Code == DiagnosticCode.UnknownField);
        Assert.Equal("Công an xã chủ trì, phối hợp Đoàn Thanh niên, Hội Liên hiệp Phụ nữ xã thực hiện.", read?.Content?.Items[0].Assignment?.Text);
    }
}
