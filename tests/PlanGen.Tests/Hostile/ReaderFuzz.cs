using System.Security.Cryptography;
using System.Text.RegularExpressions;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// What every mutated document must come to, whatever the reader: exit 0, 1 or 2; on failure a
/// diagnostic with its code naming the file (and its place, when there is one); no exception or
/// stack trace; nothing written when the document could not be read; the document itself unchanged.
/// </summary>
internal static partial class ReaderFuzz
{
    // "FILE: error PG5003: …" or "FILE(paragraph 12): error …" or "FILE(3,1): error …", "lỗi" in Vietnamese.
    [GeneratedRegex(@"^(?<file>.+?)(\((?<place>[^)]*)\))?: (error|lỗi) (?<code>PG\d{4}): ", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Runs <paramref name="args"/> on <paramref name="input"/> and checks the outcome; <paramref name="outputs"/> are what the run may write.</summary>
    public static CliRun Check(string label, string input, IReadOnlyList<string> outputs, params string[] args)
    {
        var before = Hash(input);
        foreach (var output in outputs)
        {
            File.Delete(output);
        }

        var run = HostileScratch.RunWithin(TimeSpan.FromMinutes(1), args);

        var why = $"{label}: exit {run.ExitCode}\n{run.Error}";
        Assert.True(run.ExitCode is 0 or 1 or 2, why);
        Assert.False(run.Error.Contains("Exception", StringComparison.Ordinal) || run.Error.Contains("   at ", StringComparison.Ordinal), why);
        Assert.False(run.Error.Contains("plangen: error", StringComparison.Ordinal), why);
        Assert.Equal(before, Hash(input));
        var errors = ErrorLine().Matches(run.Error).ToList();
        if (run.ExitCode != 0)
        {
            Assert.True(errors.Count > 0, why);
            Assert.All(errors, e => Assert.True(e.Groups["file"].Value.Length > 0, why));
        }
        // The document could not be read or turned into a plan: nothing may have been written.
        if (errors.Exists(e => IsReadFailure(e.Groups["code"].Value) && e.Groups["file"].Value == input))
        {
            Assert.All(outputs, output => Assert.False(File.Exists(output), why + "\nwritten: " + output));
        }
        return run;
    }

    // Codes that mean the input as a whole was refused (size, kind, damage, limits, not a plan).
    private static bool IsReadFailure(string code) =>
        code is "PG1010" or "PG1011" or "PG1012" or "PG1015" or "PG4003" or "PG6001" or "PG6002" or "PG6005"
        || code.StartsWith("PG500", StringComparison.Ordinal) || code is "PG5100" or "PG5101"
        || code.StartsWith("PG605", StringComparison.Ordinal);

    /// <summary>
    /// Runs <paramref name="count"/> seeded cases of one reader: case <c>n</c>'s document is made by
    /// <paramref name="make"/> and given to the command <paramref name="command"/> says, with the files it may write.
    /// </summary>
    public static void Cases(TempFolder temp, string extension, int count, int seed, Func<int, Random, byte[]> make,
        Func<int, string, (string[] Args, string[] Outputs)> command)
    {
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var input = temp.File($"thu-{n}{extension}");
            File.WriteAllBytes(input, make(n, random));
            var (args, outputs) = command(n, input);
            Check($"case {n}: {args[0]}", input, outputs, args);
            File.Delete(input);
        }
    }

    /// <summary>A byte array with a few bytes flipped, inserted, cut or repeated.</summary>
    public static byte[] Bytes(byte[] original, Random random)
    {
        var bytes = original.ToList();
        for (var k = random.Next(1, 6); k > 0 && bytes.Count > 0; k--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.Insert(at, (byte)random.Next(256)); break;
                case 2: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 64))); break;
                default: bytes.InsertRange(at, bytes.Skip(at).Take(random.Next(1, 256)).ToList()); break;
            }
        }
        return [.. bytes];
    }

    /// <summary>Depths and counts that sit on both sides of the readers' limits and far beyond.</summary>
    public static readonly int[] Sweep = [0, 1, 2, 100, 250, 256, 257, 1_000, 5_000, 30_000];
}
