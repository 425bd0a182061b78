using System.CommandLine;
using PlanGen.Cli;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

/// <summary>--help follows --lang, and every description of the command tree has its Vietnamese.</summary>
public sealed class HelpLanguageTests
{
    [Fact]
    public void Help_is_in_vietnamese_with_lang_vi()
    {
        var run = CliRun.Of("--help", "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Kiểm tra kế hoạch, không xuất tệp", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Check plans without building them", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_in_english_with_lang_en()
    {
        var run = CliRun.Of("build", "--help", "--lang", "en");

        Assert.Contains("Validate plans and build them as DOCX", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Kiểm tra kế hoạch rồi xuất ra DOCX", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_that_names_its_own_value_shows_it_in_the_language_of_the_run()
    {
        var vi = CliRun.Of("import", "--help", "--lang", "vi").Out;
        var en = CliRun.Of("import", "--help", "--lang", "en").Out;

        Assert.Contains("--reports-on <kế hoạch>", vi, StringComparison.Ordinal);
        Assert.DoesNotContain("<plan>", vi, StringComparison.Ordinal);
        Assert.Contains("--reports-on <plan>", en, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--lang", "vi" }, "vi")]
    [InlineData(new[] { "build", "--lang=en" }, "en")]
    [InlineData(new[] { "--lang:vi", "validate" }, "vi")]
    public void The_language_is_known_before_parsing(string[] args, string expected) =>
        Assert.Equal(expected, HelpLanguage.Of(args));

    [Fact]
    public void Every_description_of_the_command_tree_has_its_vietnamese()
    {
        var root = PlanGenCli.CreateRoot(new CliConsole(TextWriter.Null, TextWriter.Null), TestRun.New());

        // The global options are shared with runs in parallel, which may have just put them in Vietnamese.
        var missing = Descriptions(root).Where(d => HelpLanguage.Translation(d) is null && !HelpTexts.Vietnamese.Values.Contains(d)).ToList();

        Assert.Empty(missing);
    }

    private static IEnumerable<string> Descriptions(Command command)
    {
        var own = new[] { command.Description }
            .Concat(command.Options.Select(o => o.Description))
            .Concat(command.Arguments.Select(a => a.Description))
            .OfType<string>();
        return own.Concat(command.Subcommands.SelectMany(Descriptions));
    }
}
