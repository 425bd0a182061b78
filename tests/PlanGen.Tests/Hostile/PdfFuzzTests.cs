using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// Structure-aware mutations of a real PDF (the Lào Cai example as LibreOffice prints it) through
/// import: objects turned into references to themselves or to others, wrapped in arrays, given
/// extreme numbers or lengths, nested deep, cut short; the cross-reference table and the file's
/// bytes damaged. Seeded, so a failure reproduces.
/// </summary>
public sealed partial class PdfFuzzTests : IDisposable
{
    private const int Cases = 80;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Fixture => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Pdf", "Fixtures", "ubnd-tinh-atgt-2024.pdf");

    [GeneratedRegex(@"(?<n>\d+) 0 obj\s*(?<body>.*?)\s*endobj", RegexOptions.Singleline)]
    private static partial Regex Object();

    [GeneratedRegex(@"(?<=[\s\[/])-?\d+(\.\d+)?(?=[\s\]/>])")]
    private static partial Regex Number();

    private static readonly string[] Extremes = ["-1", "0", "2147483647", "99999999999", "1e308", "-0.0", "4294967296"];

    // Latin-1 keeps every byte as one character, so the text can be cut and pasted like the bytes.
    private static string Mutate(string pdf, Random random)
    {
        var objects = Object().Matches(pdf).ToList();
        var pick = objects[random.Next(objects.Count)];
        var body = pick.Groups["body"];
        var other = objects[random.Next(objects.Count)].Groups["n"].Value;
        switch (random.Next(9))
        {
            case 0:
                return Replace(pdf, body, pick.Groups["n"].Value + " 0 R");
            case 1:
                return Replace(pdf, body, other + " 0 R");
            case 2:
                return Replace(pdf, body, "[" + body.Value + "]");
            case 3:
                var numbers = Number().Matches(body.Value).ToList();
                if (numbers.Count == 0) return pdf;
                var number = numbers[random.Next(numbers.Count)];
                return pdf.Remove(body.Index + number.Index, number.Length).Insert(body.Index + number.Index, Extremes[random.Next(Extremes.Length)]);
            case 4:
                var depth = ReaderFuzz.Sweep[random.Next(ReaderFuzz.Sweep.Length)];
                var at = body.Value.IndexOf("<<", StringComparison.Ordinal);
                return at < 0 ? pdf : pdf.Insert(body.Index + at + 2, " /Deep " + new string('[', depth) + new string(']', depth) + " /Dict " + string.Concat(Enumerable.Repeat("<< /A ", depth)) + string.Concat(Enumerable.Repeat(">> ", depth)));
            case 5:
                return pdf[..random.Next(pdf.Length)];
            case 6:
                return pdf.Remove(pick.Index + pick.Length - 6, 6);
            case 7:
                var xref = pdf.LastIndexOf("startxref", StringComparison.Ordinal);
                return pdf[..xref] + "startxref\n" + Extremes[random.Next(Extremes.Length)] + "\n%%EOF\n";
            default:
                return Replace(pdf, body, body.Value.Replace("/Kids [", "/Kids [" + pick.Groups["n"].Value + " 0 R ", StringComparison.Ordinal)
                    .Replace("/Font <<", "/Font << /Loop " + pick.Groups["n"].Value + " 0 R", StringComparison.Ordinal));
        }
    }

    private static string Replace(string pdf, Group group, string value) => pdf.Remove(group.Index, group.Length).Insert(group.Index, value);

    [Fact]
    public void Mutated_pdf_files_are_read_or_refused_with_their_code()
    {
        var original = Encoding.Latin1.GetString(File.ReadAllBytes(Fixture));
        ReaderFuzz.Cases(_temp, ".pdf", Cases, 6_850_001, (n, random) => n % 4 == 3
            ? ReaderFuzz.Bytes(Encoding.Latin1.GetBytes(original), random)
            : Encoding.Latin1.GetBytes(Mutate(n % 8 == 2 ? Mutate(original, random) : original, random)),
            (n, input) => (["import", input, "--lang", n % 2 == 0 ? "en" : "vi"], [Path.ChangeExtension(input, ".yaml")]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Reference_chain_sweep_through_import(int references)
    {
        // Objects 6, 7, … each only a reference to the next, then the media box itself.
        var chain = Enumerable.Range(0, references).Select(i => (i + 7).ToString(CultureInfo.InvariantCulture) + " 0 R").Append("[0 0 595 842]");
        var input = _temp.File($"chuoi-{references}.pdf");
        File.WriteAllBytes(input, RawPdf.OnePage("/Resources << /Font << /F1 4 0 R >> >> /MediaBox 6 0 R", chain));

        var run = ReaderFuzz.Check($"chain {references}", input, [Path.ChangeExtension(input, ".yaml")], "import", input, "--lang", "en");

        Assert.Equal(references > 32, run.Error.Contains("PG6056", StringComparison.Ordinal));
    }
}
