using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Diagnostics;

/// <summary>
/// The codes users and scripts rely on stay listed and tested: docs/diagnostics.md lists exactly the
/// codes of <see cref="DiagnosticCode"/>, and every code is triggered by a case folder or a test.
/// </summary>
public sealed partial class DiagnosticCatalogTests
{
    [GeneratedRegex(@"^\| (PG\d{4}) \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();

    [GeneratedRegex(@"^(PG\d{4})-")]
    private static partial Regex CaseFolderCode();

    private static IReadOnlyList<string> EnumCodes() =>
        [.. Enum.GetValues<DiagnosticCode>().Select(DiagnosticMessages.Id).Order(StringComparer.Ordinal)];

    [Fact]
    public void Docs_list_exactly_the_codes_of_the_enum()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "diagnostics.md"));
        var documented = DocumentedCode().Matches(text).Select(m => m.Groups[1].Value).ToList();
        var codes = EnumCodes();

        var undocumented = codes.Except(documented, StringComparer.Ordinal).ToList();
        var unknown = documented.Except(codes, StringComparer.Ordinal).ToList();
        var twice = documented.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(undocumented.Count == 0, "docs/diagnostics.md does not list: " + string.Join(", ", undocumented));
        Assert.True(unknown.Count == 0, "docs/diagnostics.md lists codes the DiagnosticCode enum does not have: " + string.Join(", ", unknown));
        Assert.True(twice.Count == 0, "docs/diagnostics.md lists more than once: " + string.Join(", ", twice));
    }

    [Fact]
    public void Every_code_has_a_case_folder_or_a_test_that_names_it()
    {
        var cases = Directory.EnumerateDirectories(Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Cases"), "*", SearchOption.AllDirectories)
            .Select(f => CaseFolderCode().Match(Path.GetFileName(f)))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
        // This file names every code by construction, so it does not count.
        var self = Path.Combine("Diagnostics", nameof(DiagnosticCatalogTests) + ".cs");
        var tests = string.Join('\n', Directory.EnumerateFiles(Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f) && !f.EndsWith(self, StringComparison.Ordinal))
            .Select(File.ReadAllText));

        var untested = Enum.GetValues<DiagnosticCode>()
            .Select(c => (Code: c, Id: DiagnosticMessages.Id(c)))
            .Where(c => !cases.Contains(c.Id) && !Regex.IsMatch(tests, $@"\bDiagnosticCode\.{c.Code}\b|\b{c.Id}\b"))
            .Select(c => $"{c.Id} ({c.Code})")
            .ToList();

        Assert.True(untested.Count == 0,
            "These diagnostic codes have neither a case folder (tests/PlanGen.Tests/Cases/<area>/<code>-<case>/) nor a test that triggers them and names them: "
            + string.Join(", ", untested));
    }

    private static bool IsBuildOutput(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }
}
