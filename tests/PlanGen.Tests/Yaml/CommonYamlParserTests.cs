using System.Globalization;
using System.Text;
using PlanGen.Core.Yaml;
using PlanGen.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanGen.Tests.Yaml;

/// <summary>
/// plangen's own YAML parser may read a text only if YamlDotNet reads it to the very same events,
/// values and places; otherwise it must give up and leave the text to YamlDotNet.
/// </summary>
public sealed class CommonYamlParserTests
{
    [Theory]
    [InlineData("a: b\nc:\n  - x\n  - y: 1\n    z: 2\n")]
    [InlineData("a:\nb: 1\n")]
    [InlineData("a:")]
    [InlineData("a:\n  giá trị\n")]
    [InlineData("- \n-\n  a: 1\n- x\n")]
    [InlineData("a:\n- x\n- y\nb: 1")]
    [InlineData("a: b # c\n  # d\n# e\nf: g\n   # h\n")]
    [InlineData("a: 'it''s\n  ok'\nb: \"x\\\"y\\n\"\n\"k y\": 2\n")]
    [InlineData("a: [a, b,]\nb: []\nc: [\"x\", 'y']\n")]
    [InlineData("a: 12:30\nb: http://x\nc: C#\nd: -5\n")]
    [InlineData("a : b\nc:   d   \n")]
    [InlineData("a: b\n  # c")]
    [InlineData("a: b  ")]
    [InlineData("a:\r\n  - b\r\n  - c\r\n")]
    [InlineData("a:\n  - x\n  -\n")]
    [InlineData("tiêu đề: Bảo đảm trật tự\n  an toàn giao thông\n\n  năm 2024\nsố: 68\n")]
    [InlineData("nội dung:\n  - Tăng cường: tuyên truyền\n    thời gian: Quý I\n  - Rà soát\n    các điểm đen\n")]
    [InlineData("a: \"dòng một\n\n   dòng hai  \n   ba\"\nb: 'x'   # ghi chú\n")]
    [InlineData("a:\n    b:\n        c: 1\n    d: [Văn phòng, 'Sở Tài chính', \"Công an tỉnh\"]\ne: ~\n")]
    [InlineData("# chỉ ghi chú\n\n\nkhóa: giá trị\n\n\n")]
    [InlineData("  a: 1\n  b: 2\n")]
    [InlineData("- - a\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: |\n  x\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: 'mở\n")]
    [InlineData("a: [x\n")]
    [InlineData("a: 1\n b: 2\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("a:\tb\n")]
    [InlineData("")]
    public void Reads_a_text_as_YamlDotNet_does_or_leaves_it_to_YamlDotNet(string text) =>
        AssertAgreesWithYamlDotNet(text);

    [Theory]
    [InlineData('\t')]
    [InlineData('\u0000')]
    [InlineData('\u001F')]
    [InlineData('\u007F')]
    [InlineData('\u0085')]
    [InlineData('\u009F')]
    [InlineData('\uD83D')]
    [InlineData('\uDE00')]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\uFEFF')]
    [InlineData('\uFFFE')]
    [InlineData('\uFFFF')]
    public void Leaves_a_text_with_a_character_YAML_treats_specially_to_YamlDotNet_wherever_it_stands(char special)
    {
        var line = "tiêu đề: Bảo đảm trật tự an toàn giao thông trên địa bàn tỉnh năm 2024";
        for (var at = "tiêu đề: ".Length; at <= line.Length; at++)
        {
            var text = "số: 68\n" + line.Insert(at, special.ToString()) + "\n";
            Assert.Null(CommonYamlParser.TryParse(text));
        }
        Assert.NotNull(CommonYamlParser.TryParse("số: 68\n" + line + "\n"));
    }

    [Theory]
    [InlineData("a: 1\r")]
    [InlineData("a: 1\rb: 2\n")]
    [InlineData("a: 1\n--- \nb: 2\n")]
    [InlineData("a: 1\n...\n")]
    [InlineData("%YAML 1.2\na: 1\n")]
    public void Leaves_lone_carriage_returns_directives_and_document_markers_to_YamlDotNet(string text) =>
        Assert.Null(CommonYamlParser.TryParse(text));

    [Fact]
    public void Every_example_plan_and_units_list_is_read_without_YamlDotNet()
    {
        foreach (var file in Directory.EnumerateFiles(TestPaths.Examples, "*.yaml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.True(CommonYamlParser.TryParse(text) is not null, file + " is left to YamlDotNet");
            AssertAgreesWithYamlDotNet(text);
        }
    }

    [Fact]
    public void Agrees_with_YamlDotNet_on_every_YAML_file_of_the_repository() =>
        Assert.All(RepositoryYaml(), text => AssertAgreesWithYamlDotNet(text));

    /// <summary>
    /// Pieces of the repository's YAML with random damage of the kinds hand-edited files show:
    /// stray colons, dashes, quotes, brackets and comments, lines indented wrongly, joined or
    /// repeated, Windows line ends. Whatever plangen's parser accepts, YamlDotNet must read alike.
    /// </summary>
    [Fact]
    public void Agrees_with_YamlDotNet_on_damaged_pieces_of_real_files()
    {
        var random = new Random(20241231);
        var files = RepositoryYaml().Select(t => t.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')).ToList();
        var accepted = 0;
        for (var n = 0; n < 40_000; n++)
        {
            var lines = files[random.Next(files.Count)];
            var from = random.Next(lines.Length);
            var piece = lines.Skip(from).Take(1 + random.Next(25)).ToList();
            var damages = random.Next(4);
            for (var d = 0; d < damages; d++)
            {
                Damage(piece, random);
            }
            var text = string.Join(random.Next(8) == 0 ? "\r\n" : "\n", piece) + (random.Next(4) == 0 ? "" : "\n");
            if (AssertAgreesWithYamlDotNet(text))
            {
                accepted++;
            }
        }
        // The test means something only if the parser reads a good share of the pieces itself.
        Assert.InRange(accepted, 10_000, 40_000);
    }

    /// <summary>What derive and import write goes through the same parser: any text, as plangen quotes it.</summary>
    [Fact]
    public void Agrees_with_YamlDotNet_on_every_value_plangen_writes()
    {
        const string pool = "aăâbđêôơưạỹ ÀĐỨ0189:#-'\"\\[]{},&*!|>?%@`~.\n\t\r\u00A0\u0085\u2028/()";
        var random = new Random(31);
        var accepted = 0;
        for (var n = 0; n < 5000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(16)).Select(_ => pool[random.Next(pool.Length)])]);
            var scalar = YamlEmitter.Scalar(text);
            foreach (var yaml in new[] { $"khóa: {scalar}\n", $"- {scalar}\n- x\n", $"a:\n  - {scalar}\n  - b: {scalar}\n" })
            {
                if (AssertAgreesWithYamlDotNet(yaml))
                {
                    accepted++;
                }
            }
        }
        Assert.InRange(accepted, 5000, 15_000);
    }

    private static readonly string[] Inserts =
        [" ", "  ", "\n", ":", ": ", "-", "- ", "#", " #", "'", "\"", "''", "[", "]", ",", "{", "}", "a", "ă", "ệ", "|", ">", "&", "*", "!", "?", "\\", "\\n", "\u00A0", ".", "%", "@", "`", "\t", "~", "\r"];

    private static void Damage(List<string> lines, Random random)
    {
        if (lines.Count == 0)
        {
            return;
        }
        var at = random.Next(lines.Count);
        var line = lines[at];
        switch (random.Next(8))
        {
            case 0 or 1:
                lines[at] = line.Insert(random.Next(line.Length + 1), Inserts[random.Next(Inserts.Length)]);
                break;
            case 2 when line.Length > 0:
                lines[at] = line.Remove(random.Next(line.Length), 1);
                break;
            case 3:
                lines[at] = new string(' ', 1 + random.Next(3)) + line;
                break;
            case 4 when line.StartsWith(' '):
                lines[at] = line[(1 + random.Next(Math.Min(2, line.Length - line.TrimStart(' ').Length))) ..];
                break;
            case 5 when at + 1 < lines.Count:
                lines[at] = line + lines[at + 1];
                lines.RemoveAt(at + 1);
                break;
            case 6:
                lines.Insert(at, random.Next(2) == 0 ? line : "");
                break;
            case 7 when line.Length > 0:
                var i = random.Next(line.Length);
                lines[at] = line[..i] + Inserts[random.Next(Inserts.Length)] + line[(i + 1)..];
                break;
        }
    }

    private static IEnumerable<string> RepositoryYaml() =>
        new[] { "examples", "templates", "tests" }
            .Select(folder => Path.Combine(TestPaths.Repository, folder))
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText);

    /// <summary>Checks the two parsers agree; true when plangen's parser read the text itself.</summary>
    private static bool AssertAgreesWithYamlDotNet(string text)
    {
        var ours = CommonYamlParser.TryParse(text);
        if (ours is null)
        {
            return false;
        }
        var expected = YamlDotNetEvents(text);
        var actual = string.Join('\n', ours.Select(Describe));
        Assert.True(expected == actual, $"For the text\n{Show(text)}\nYamlDotNet gives\n{expected}\nbut plangen's parser\n{actual}");
        return true;
    }

    private static string YamlDotNetEvents(string text)
    {
        var parser = new Parser(new StringReader(text));
        var events = new List<string>();
        try
        {
            while (parser.MoveNext())
            {
                events.Add(Describe(parser.Current!));
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            events.Add("error: " + e.Message);
        }
        return string.Join('\n', events);
    }

    private static string Describe(ParsingEvent e)
    {
        var text = new StringBuilder(e.GetType().Name)
            .Append(CultureInfo.InvariantCulture, $" {e.Start.Line}:{e.Start.Column}({e.Start.Index})-{e.End.Line}:{e.End.Column}({e.End.Index})");
        if (e is NodeEvent node && (!node.Anchor.IsEmpty || !node.Tag.IsEmpty))
        {
            text.Append(CultureInfo.InvariantCulture, $" &{node.Anchor} !{node.Tag}");
        }
        if (e is Scalar scalar)
        {
            text.Append(CultureInfo.InvariantCulture, $" {scalar.Style} [{scalar.Value}]");
        }
        return text.ToString();
    }

    private static string Show(string text) => text.Replace("\r", "␍", StringComparison.Ordinal).Replace("\t", "⇥", StringComparison.Ordinal);
}
