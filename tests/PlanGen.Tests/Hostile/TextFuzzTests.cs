using System.Text;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// Structure-aware mutations of real text (the Lào Cai example as pdftotext writes it) through
/// import: lines repeated, cut, joined into one, turned into table rows; form feeds, control
/// characters, emphasis marks and escapes in runs; bytes that are not UTF-8. Seeded, so a failure
/// reproduces.
/// </summary>
public sealed class TextFuzzTests : IDisposable
{
    private const int Cases = 80;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Fixture => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Import", "Fixtures", "ubnd-tinh-atgt-2024.pdftotext.txt");

    private static readonly string[] Inserted =
    [
        "\f", "\u0000", "\u0007", "\u001B[31m", "\uFEFF", "\r", "\t\t\t", "|", "| a | b |", "**", "*", "\\*", "\\", "<i>", "</i>",
        "### ", "- ", "+ ", "a) ", "I. ", "12", "Trang 3", "\u202E", "\uFFFE", "\uD800", "::error::x",
    ];

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var k = random.Next(1, 5); k > 0 && lines.Count > 1; k--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0: lines.InsertRange(at, Enumerable.Repeat(lines[random.Next(lines.Count)], random.Next(2, 5_000))); break;
                case 1: lines[at] = lines[at].Insert(random.Next(lines[at].Length + 1), Inserted[random.Next(Inserted.Length)]); break;
                case 2: lines[at] = string.Concat(Enumerable.Repeat(Inserted[random.Next(Inserted.Length)], random.Next(1, 50_000))); break;
                case 3: lines[at] = string.Join('\t', lines[at].Split(' ')); break;
                case 4: lines.RemoveRange(at, Math.Min(lines.Count - at, random.Next(1, 200))); break;
                case 5: lines[at] = string.Join(' ', lines.Skip(at).Take(random.Next(2, 500))); break;
                default: lines.Insert(at, "\f"); break;
            }
        }
        return string.Join('\n', lines);
    }

    [Fact]
    public void Mutated_text_files_are_read_or_refused_with_their_code()
    {
        var original = File.ReadAllText(Fixture);
        ReaderFuzz.Cases(_temp, ".txt", Cases, 31_012_024, (n, random) => n % 5 == 4
            ? ReaderFuzz.Bytes(Encoding.UTF8.GetBytes(original), random)
            : Encoding.UTF8.GetBytes(Mutate(original, random)),
            (n, input) => (["import", input, "--lang", n % 2 == 0 ? "vi" : "en"], [Path.ChangeExtension(input, ".yaml")]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Lines_to_join_sweep_through_import(int lines)
    {
        var text = new StringBuilder(File.ReadAllText(Fixture)).Append("\n1. Nội dung gồm\n");
        for (var i = 0; i < lines; i++)
        {
            text.Append("và các việc\n");
        }
        var input = _temp.File($"noi-{lines}.txt", text.ToString());

        ReaderFuzz.Check($"{lines} lines", input, [Path.ChangeExtension(input, ".yaml")], "import", input, "--lang", "en");
    }
}
