using PlanGen.Core.Diagnostics;

namespace PlanGen.Tests.Support;

/// <summary>
/// Data-driven diagnostic cases: each folder under Cases/&lt;area&gt; holds a plan.yaml (and any files
/// it needs) and expected.txt, the exact diagnostics it must give. A folder named after a code
/// (PGnnnn-…) pins that code; any other folder must give no diagnostics at all.
/// </summary>
internal static class DiagnosticCases
{
    public static TheoryData<string> Names(string area)
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(TestPaths.Cases(area)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }
        return data;
    }

    public static void AssertExpectedDiagnostics(string area, string name)
    {
        var folder = Path.Combine(TestPaths.Cases(area), name);
        var expected = File.ReadAllText(Path.Combine(folder, "expected.txt")).TrimEnd('\n');

        // A case pins one fault in a plan cut down to it; the warnings for the parts such a plan
        // leaves out (PG2031–PG2033, PG2035) are pinned by the cases named for them.
        var actual = Diagnose.Text(Path.Combine(folder, "plan.yaml"), d => !IsCompleteness(d.Code) || name.StartsWith(d.Id, StringComparison.Ordinal));

        Assert.Equal(expected, actual);
    }

    private static bool IsCompleteness(DiagnosticCode code) =>
        code is DiagnosticCode.NoContent or DiagnosticCode.NoOrganization or DiagnosticCode.NoSignature or DiagnosticCode.NoRecipients;

    public static void AssertNamedForItsCode(string area, string name)
    {
        var expected = File.ReadAllText(Path.Combine(TestPaths.Cases(area), name, "expected.txt"));
        if (name.StartsWith("PG", StringComparison.Ordinal))
        {
            Assert.Contains(" " + name[..6] + ":", expected, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("", expected.Trim());
        }
    }
}
