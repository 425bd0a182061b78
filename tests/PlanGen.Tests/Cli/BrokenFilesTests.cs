using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

/// <summary>
/// Twenty differently broken plans through the command line: each exits 1 with a diagnostic whose
/// line and column point at the fault, and never a stack trace.
/// </summary>
public sealed class BrokenFilesTests : IDisposable
{
    private const string Head = "issuer:\n  name: Sở Y tế\n  code: SYT\n  place: Lào Cai\n  level: department\n";
    private const string Title = "title: Bảo đảm an toàn giao thông năm 2024\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string> Broken() => new()
    {
        { "syntax", "(6,8): error PG1001" },
        { "list-for-text", "(7,3): error PG1004" },
        { "unknown-key", "(6,1): error PG1006" },
        { "duplicate-key", "(7,1): error PG1007" },
        { "bad-date", "(7,7): error PG2001" },
        { "bad-number", "(7,9): error PG2002" },
        { "bad-code", "(3,9): error PG2003" },
        { "bad-authority", "(8,14): error PG2004" },
        { "tcvn3", "(6,8): warning PG1103" },
        { "control-character", "(6,11): error PG1102" },
        { "empty", ": error PG1002" },
        { "binary", "(1,5): error PG1012" },
        { "ten-megabytes", ": error PG1010" },
        { "alias-bomb", "error PG1009" },
        { "nested-brackets", "(1,72): error PG1013" },
        { "type-tag", "(7,8): error PG1008" },
        { "root-list", "(1,1): error PG1003" },
        { "missing-title", "(1,1): error PG1005" },
        { "invalid-level", "(5,10): error PG1014" },
        { "period-reversed", "(8,3): error PG2005" },
    };

    private string Write(string kind)
    {
        var path = Path.Combine(_temp.Path, kind + ".yaml");
        switch (kind)
        {
            case "syntax": File.WriteAllText(path, Head + "title: [Bảo đảm\n"); break;
            case "list-for-text": File.WriteAllText(path, Head + "title:\n  - a\n"); break;
            case "unknown-key": File.WriteAllText(path, Head + "titel: x\n" + Title); break;
            case "duplicate-key": File.WriteAllText(path, Head + Title + Title); break;
            case "bad-date": File.WriteAllText(path, Head + Title + "date: 2024-02-30\n"); break;
            case "bad-number": File.WriteAllText(path, Head + Title + "number: -5\n"); break;
            case "bad-code": File.WriteAllText(path, Head.Replace("SYT", "Sở-YT", StringComparison.Ordinal) + Title); break;
            case "bad-authority": File.WriteAllText(path, Head + Title + "signature:\n  authority: KY\n"); break;
            case "tcvn3": File.WriteAllText(path, Head + "title: KÕ ho¹ch n¨m 2024\nnumber: x\n"); break;
            case "control-character": File.WriteAllText(path, Head + "title: Bảo\u0001 đảm\n"); break;
            case "empty": File.WriteAllText(path, ""); break;
            case "binary": File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF]); break;
            case "ten-megabytes": File.WriteAllText(path, Head + "title: " + new string('a', 10 * 1024 * 1024) + "\n"); break;
            case "alias-bomb": File.WriteAllText(path, "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 8).Select(i => $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*a{i - 1}", 10))}]\n"))); break;
            case "nested-brackets": File.WriteAllText(path, "title: " + new string('[', 20_000) + new string(']', 20_000) + "\n"); break;
            case "type-tag": File.WriteAllText(path, Head + Title + "theme: !!python/object/apply:os.system [id]\n"); break;
            case "root-list": File.WriteAllText(path, "- a\n- b\n"); break;
            case "missing-title": File.WriteAllText(path, Head); break;
            case "invalid-level": File.WriteAllText(path, Head.Replace("department", "thôn", StringComparison.Ordinal) + Title); break;
            case "period-reversed": File.WriteAllText(path, Head + Title + "period:\n  from: 2024-12-01\n  to: 2024-01-01\n"); break;
        }
        return path;
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Broken_plan_exits_one_with_a_diagnostic_at_the_fault_and_no_stack_trace(string kind, string expected)
    {
        var path = Write(kind);

        var run = CliRun.Of("validate", path, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.StartsWith(path, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }
}
