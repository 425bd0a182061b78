using System.Text;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// Mutated example plans through <c>validate</c> and <c>build</c>: bytes flipped, inserted and
/// cut, lines duplicated, swapped and re-indented, values replaced by hostile ones. Whatever the
/// mutation, plangen exits 0, 1 or 2, prints no crash, and finishes (a generous per-case deadline,
/// not a speed check). Seeds are fixed, so a failure reproduces.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private const int CasesPerExample = 30;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Inserted = "\0\n\t-:#&*[{\"'\\%@!|>";

    private static readonly string[] HostileValues =
    [
        "\"@@1\"", "\"@\"", "\"\\0\"", "\"\\e[31m\"", "\"\\uFFFE\"", ".nan", "1e308", "-1", "*missing", "&a x",
        "!!binary AAAA", "[", "{", "\"\\n::error::x\"", "''", "~", "[[[[[[[[]]]]]]]]", "\"**a **a **a\"", "|\n  multi\n  line",
        "2024-02-30", "\"../../../../etc/passwd\"", "/dev/zero", "\"\\u202Eevil\"", "=1+1", "9999999999999999999999",
    ];

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var plan in TestPaths.ExamplePlans())
        {
            data.Add(Path.GetRelativePath(TestPaths.Examples, plan));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Mutated_examples_never_crash_or_hang(string example)
    {
        var source = Path.Combine(TestPaths.Examples, example);
        var folder = Path.Combine(_temp.Path, Path.GetFileNameWithoutExtension(example));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(source)!, "*.yaml"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        var original = File.ReadAllBytes(source);
        var random = new Random(example.Length * 7919 + original.Length);
        for (var n = 0; n < CasesPerExample; n++)
        {
            var mutated = n % 2 == 0 ? MutateBytes(original, random) : Encoding.UTF8.GetBytes(MutateLines(Encoding.UTF8.GetString(original), random));
            var plan = Path.Combine(folder, "fuzz-" + n + ".yaml");
            File.WriteAllBytes(plan, mutated);
            var command = n % 4 < 2 ? "validate" : "build";
            var run = HostileScratch.Run(command, plan, "--lang", n % 3 == 0 ? "vi" : "en");
            var crashed = run.ExitCode is not (0 or 1 or 2)
                || run.Error.Contains("Exception", StringComparison.Ordinal)
                || run.Error.Contains("PG4003", StringComparison.Ordinal)
                || run.Error.Contains("please report", StringComparison.OrdinalIgnoreCase);
            Assert.False(crashed, $"{command} case {n} of {example}: exit {run.ExitCode}\n{run.Error}");
        }
    }

    private static byte[] MutateBytes(byte[] original, Random random)
    {
        var bytes = original.ToList();
        for (var k = random.Next(1, 8); k > 0 && bytes.Count > 0; k--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.Insert(at, (byte)Inserted[random.Next(Inserted.Length)]); break;
                case 2: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 40))); break;
                default: bytes.InsertRange(at, bytes.Skip(at).Take(random.Next(1, 200)).ToList()); break;
            }
        }
        return [.. bytes];
    }

    private static string MutateLines(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var k = random.Next(1, 5); k > 0 && lines.Count > 1; k--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(5))
            {
                case 0: lines.Insert(at, lines[random.Next(lines.Count)]); break;
                case 1: (lines[at], lines[^1]) = (lines[^1], lines[at]); break;
                case 2: lines[at] = new string(' ', random.Next(0, 9)) + lines[at].TrimStart(); break;
                case 3:
                    var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        lines[at] = lines[at][..(colon + 2)] + HostileValues[random.Next(HostileValues.Length)];
                    }
                    break;
                default: lines.RemoveAt(at); break;
            }
        }
        return string.Join('\n', lines);
    }
}
