using System.Text.Json;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// What a diagnostic echoes cannot forge a CI annotation, move the terminal's cursor or reorder
/// text: control, line-separator and bidirectional characters are escaped in text and JSON; a
/// value is quoted as a short excerpt, so a foreign file named as units or parent is not dumped.
/// </summary>
public sealed class EchoTests : IDisposable
{
    private readonly HostileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    public static TheoryData<string> Hostile() => new()
    {
        "x\n::error file=README.md,line=1::forged",
        "x\r::warning::forged",
        "\u001B[2J\u001B[31mred",
        "a\u0085b\u2028c\u2029d",
        "\u202Eevil\u202C",
        "\u009B31m",
        "\u0007bell\u007F",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Formatters_escape_every_unsafe_character(string value)
    {
        var diagnostic = new Diagnostic(DiagnosticCode.UnknownField, Severity.Error, SourceSpan.At("p\u001B.yaml", 0, 0), [value, MessageArgument.Phrase("allowedkeys", "a, b")]);
        foreach (var language in new[] { "en", "vi" })
        {
            var text = TextDiagnosticFormatter.Format(diagnostic, language);
            Assert.Equal(2, text.Split('\n').Length); // the message line and its hint, nothing more
            Assert.DoesNotContain(text, c => c is '\r' or '\u001B' or '\u0085' or '\u2028' or '\u2029' or '\u202E' or '\u009B' or '\u0007' or '\u007F');
            var json = JsonDiagnosticFormatter.Format([diagnostic], language);
            using var parsed = JsonDocument.Parse(json);
            var message = parsed.RootElement[0].GetProperty("message").GetString()!;
            Assert.DoesNotContain(message, c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202E');
            Assert.DoesNotContain(parsed.RootElement[0].GetProperty("file").GetString()!, char.IsControl);
        }
    }

    [Fact]
    public void A_hostile_key_in_a_plan_prints_on_one_line()
    {
        var plan = _scratch.File("k.yaml", _scratch.Text + "\n\"x\\n::error file=README.md,line=1::forged\\e[31m\": 1\n");
        var run = HostileScratch.Run("validate", plan, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("\n::error", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', run.Error);
        Assert.Contains("\\u000A::error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_value_is_quoted_as_an_excerpt()
    {
        var value = new string('x', 10_000);
        var message = new Diagnostic(DiagnosticCode.InvalidDate, Severity.Error, SourceSpan.WholeFile("p.yaml"), [value]).Message("en");
        Assert.True(message.Length < EchoText.MaxExcerpt + 100);
        Assert.Contains("…", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_foreign_file_as_units_is_not_dumped()
    {
        var foreign = _scratch.File("foreign.txt", string.Concat(Enumerable.Range(0, 2000).Select(i => $"secret-line-{i}: {new string('s', 300)}\n")));
        var plan = _scratch.WithLine("u.yaml", "units", "units: foreign.txt");
        var run = HostileScratch.Run("validate", plan, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Error.Length < 50_000, "diagnostics echo " + run.Error.Length + " characters of a foreign file");
        Assert.True(new FileInfo(foreign).Length > 500_000);
    }
}
