using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Templating;

/// <summary>
/// Plans resembling the seeds, read from YAML as every plan is (Templating/Fixtures): a draft
/// emulation plan (001) and an issued plan with an appendix (004). A test that needs another
/// value writes it as YAML, replacing the fixture's key: what a fixture says, a plan can say.
/// </summary>
internal static partial class PlanFixtures
{
    [GeneratedRegex(@"^([a-z_]+):", RegexOptions.Multiline)]
    private static partial Regex RootKey();

    /// <summary>Like seed 001: a department's draft, no number, day left blank, KT. signature without a name.</summary>
    public static Plan DraftEmulationPlan(string changes = "") => Read("draft-emulation-plan.yaml", changes);

    /// <summary>Like seed 004: an issued provincial plan with bases, a theme and an appendix task table.</summary>
    public static Plan IssuedTrafficPlan(string changes = "") => Read("issued-traffic-plan.yaml", changes);

    /// <summary>
    /// The fixture <paramref name="name"/> with the root keys of <paramref name="changes"/> in place of
    /// its own (<c>number: ~</c> leaves one out); it must read without a fault.
    /// </summary>
    public static Plan Read(string name, string changes = "")
    {
        var path = Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Templating", "Fixtures", name);
        var text = File.ReadAllText(path);
        foreach (Match key in RootKey().Matches(changes))
        {
            text = Regex.Replace(text, $@"^{key.Groups[1].Value}:.*\n(?:[ #].*\n|\n(?=[ ]))*", "", RegexOptions.Multiline);
        }
        var diagnostics = new DiagnosticBag();
        var plan = PlanLoader.ReadText(text + changes, path, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        return plan!;
    }
}
