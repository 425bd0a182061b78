using PlanGen.Core.Diagnostics;
using PlanGen.Core.Hierarchy;
using PlanGen.Core.Yaml;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// Whatever a unit name or citation holds, <c>derive</c> writes it as a value or inside a comment
/// and never as YAML structure: the emitter's scalars read back as exactly the text written, its
/// comments stay on one line, and a unit name carrying a forged field does not become one.
/// </summary>
public sealed class DeriveInjectionTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Injections() => new()
    {
        "Công an tỉnh Lào Cai\nrewards:\n  items: [INJECTED]\n#",
        "Công an tỉnh Lào Cai\r\nrewards: INJECTED",
        "Công an tỉnh Lào Cai\u0085rewards: INJECTED",
        "Công an tỉnh Lào Cai\u2028rewards: INJECTED",
        "Công an tỉnh Lào Cai\" \nrewards: INJECTED\n\"",
        "Công an tỉnh Lào Cai # rewards: INJECTED",
    };

    [Theory]
    [MemberData(nameof(Injections))]
    public void A_unit_name_with_forged_fields_stays_a_name(string name)
    {
        var source = Path.Combine(TestPaths.Examples, "lao-cai-2024");
        var parent = _temp.File("parent.yaml", File.ReadAllText(Path.Combine(source, "ubnd-tinh-atgt-2024.yaml")));
        var units = File.ReadAllText(Path.Combine(source, "units.yaml"))
            .Replace("    name: Công an tỉnh Lào Cai\n", "    name: " + YamlEmitter.Scalar(name) + "\n", StringComparison.Ordinal);
        _temp.File("units.yaml", units);
        var child = Path.Combine(_temp.Path, "child.yaml");

        var run = HostileScratch.Run("derive", parent, "--unit", "cong-an-tinh", "-o", child, "--lang", "en");

        HostileScratch.AssertNoCrash(run);
        if (run.ExitCode != 0)
        {
            return; // refused (a control character in the name): nothing was written to forge
        }
        var text = File.ReadAllText(child);
        var root = Assert.IsType<YamlMap>(YamlTreeLoader.Load(text, child, new DiagnosticBag()));
        Assert.DoesNotContain(root.Entries, e => e.Key.Value == "rewards");
        var issuer = Assert.IsType<YamlMap>(root.Entries.Single(e => e.Key.Value == "issuer").Value);
        Assert.Equal(name, Assert.IsType<YamlText>(issuer.Entries.Single(e => e.Key.Value == "name").Value).Value);
    }

    [Fact]
    public void Scalars_read_back_as_written_and_comments_stay_on_their_line()
    {
        var random = new Random(23);
        const string alphabet = "aă: #-'\"\\\n\r\t\u0085\u2028\u2029\u0001\u001B\u007F\u00A0[]{}&*!|>%@`,?~0123.eE+";
        for (var n = 0; n < 3000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 16)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var yaml = "# " + YamlEmitter.Comment(text) + "\nk: " + YamlEmitter.Scalar(text) + "\n";
            var diagnostics = new DiagnosticBag();
            var root = YamlTreeLoader.Load(yaml, "t.yaml", diagnostics);
            Assert.True(root is YamlMap, "not a mapping for " + Escaped(text));
            var entry = Assert.Single(((YamlMap)root!).Entries);
            Assert.Equal("k", entry.Key.Value);
            var value = Assert.IsType<YamlText>(entry.Value);
            Assert.False(value.IsNull && text.Length > 0, "read as null: " + Escaped(text));
            Assert.Equal(text, value.Value);
        }
    }

    private static string Escaped(string text) => EchoText.Escape(text);
}
