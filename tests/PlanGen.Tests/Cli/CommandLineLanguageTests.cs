using System.Globalization;
using PlanGen.Cli;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

/// <summary>
/// The texts System.CommandLine writes itself (help headings, parse errors) follow <c>--lang</c>
/// like everything else.
/// </summary>
public sealed class CommandLineLanguageTests
{
    [Fact]
    public void Help_headings_are_vietnamese_with_lang_vi()
    {
        var run = CliRun.Of("init", "--help", "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("Mô tả:", lines);
        Assert.Contains("Cách dùng:", lines);
        Assert.Contains("Đối số:", lines);
        Assert.Contains("Tùy chọn:", lines);
        Assert.Contains("[tùy chọn]", run.Out, StringComparison.Ordinal);
        Assert.Contains("[mặc định: ke-hoach.yaml]", run.Out, StringComparison.Ordinal);
        foreach (var english in new[] { "Description:", "Usage:", "Arguments:", "Options:", "[options]", "[default:" })
        {
            Assert.DoesNotContain(english, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_root_help_lists_its_commands_under_a_vietnamese_heading()
    {
        var run = CliRun.Of("--help", "--lang", "vi");

        Assert.Contains("\nLệnh:", run.Out, StringComparison.Ordinal);
        Assert.Contains(" [lệnh] [tùy chọn]", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Commands:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vietnamese_system_language_gives_vietnamese_headings_and_errors()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            Assert.Contains("Cách dùng:", CliRun.Of("derive", "--help").Out, StringComparison.Ordinal);
            Assert.Contains("Không nhận ra lệnh hoặc đối số 'bulid'.", CliRun.Of("bulid").Error, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Help_headings_stay_english_with_lang_en()
    {
        var run = CliRun.Of("init", "--help", "--lang", "en");

        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Options:", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Cách dùng:", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--lang", "vi", "bulid" }, "Không nhận ra lệnh hoặc đối số 'bulid'.")]
    [InlineData(new[] { "build", "--lang", "vi" }, "Lệnh 'build' cần đối số 'kế hoạch'.")]
    [InlineData(new[] { "build", "a.yaml", "--lang", "vi", "-o" }, "Tùy chọn '-o' cần một giá trị đi kèm.")]
    [InlineData(new[] { "--lang", "vi" }, "Chưa ghi lệnh cần chạy")]
    [InlineData(new[] { "validate", "a.yaml", "--lang", "vi", "--diagnostics", "xml" }, "Không nhận giá trị 'xml'. Phải là một trong:")]
    public void Common_parse_errors_are_vietnamese_with_lang_vi(string[] args, string expected)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("plangen: " + expected, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--lang", "en", "bulid" }, "Unrecognized command or argument 'bulid'.")]
    [InlineData(new[] { "build", "--lang", "en" }, "Required argument 'plans' missing for command: 'build'.")]
    public void Parse_errors_stay_english_with_lang_en(string[] args, string expected)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("plangen: " + expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_without_a_translation_keeps_its_english() =>
        Assert.Equal("Something new went wrong.", CommandLineVietnamese.ParseError("Something new went wrong."));

    [Fact]
    public void Placeholders_are_filled_in_their_vietnamese_order() =>
        Assert.Equal("Lệnh 'coverage' cần đối số 'parent'.", CommandLineVietnamese.ParseError("Required argument 'parent' missing for command: 'coverage'."));
}
