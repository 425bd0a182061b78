using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// A large plan is built in full: 10,000 appendix rows and a 2 MB paragraph (past Scriban's own
/// 1,048,576-character string limit) all reach the DOCX, and what validate accepts build builds.
/// Functional only — speed is measured by the benchmarks.
/// </summary>
public sealed partial class LargePlanTests : IDisposable
{
    private const int Rows = 10_000;
    private const string End = "HẾT ĐOẠN VĂN";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [GeneratedRegex(@"Nhiệm vụ số (\d+) về an toàn giao thông")]
    private static partial Regex RowText();

    [Fact]
    public void Ten_thousand_rows_and_a_two_megabyte_paragraph_build_in_full()
    {
        var plan = _temp.File("lon.yaml", LargePlan(out var sentenceCount));
        _temp.File("units.yaml", File.ReadAllText(Path.Combine(TestPaths.Examples, "lao-cai-2024", "units.yaml")));
        var output = Path.Combine(_temp.Path, "lon.docx");

        // A deadline against a hang only: the machine running the suite may be busy.
        var deadline = TimeSpan.FromMinutes(15);
        var validate = HostileScratch.RunWithin(deadline, "validate", plan, "--lang", "en");
        Assert.Equal(0, validate.ExitCode);
        var build = HostileScratch.RunWithin(deadline, "build", plan, "-o", output, "--lang", "en");
        Assert.Equal(0, build.ExitCode);

        using var docx = ZipFile.OpenRead(output);
        using var reader = new StreamReader(docx.GetEntry("word/document.xml")!.Open(), Encoding.UTF8);
        var xml = reader.ReadToEnd();
        var numbers = RowText().Matches(xml).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, Rows), numbers);
        Assert.Equal(sentenceCount, Occurrences(xml, "Đoạn văn rất dài có dấu tiếng Việt"));
        Assert.Contains(End, xml, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    // The Lào Cai plan with its appendix replaced by 10,000 rows and its introduction by 2 MB of text.
    private static string LargePlan(out int sentenceCount)
    {
        var source = File.ReadAllLines(Path.Combine(TestPaths.Examples, "lao-cai-2024", "ubnd-tinh-atgt-2024.yaml"));
        const string sentence = "Đoạn văn rất dài có dấu tiếng Việt. ";
        sentenceCount = (2 * 1024 * 1024 / sentence.Length) + 1;
        var yaml = new StringBuilder();
        for (var i = 0; i < source.Length; i++)
        {
            var line = source[i];
            if (line.StartsWith("introduction:", StringComparison.Ordinal))
            {
                yaml.Append("introduction: \"").Insert(yaml.Length, sentence, sentenceCount).Append(End).Append("\"\n");
            }
            else if (line.StartsWith("appendix:", StringComparison.Ordinal))
            {
                yaml.Append(line).Append('\n').Append(source[i + 1]).Append('\n');
                yaml.Append("  groups:\n    - title: Các nhiệm vụ\n      tasks:\n");
                for (var row = 1; row <= Rows; row++)
                {
                    yaml.Append("        - content: Nhiệm vụ số ").Append(row).Append(" về an toàn giao thông\n");
                    yaml.Append("          timeline: Quý I/2024\n          lead: Công an tỉnh\n");
                }
                var next = i + 2;
                while (next < source.Length && (source[next].Length == 0 || source[next][0] is ' ' or '#'))
                {
                    next++;
                }
                i = next - 1;
            }
            else
            {
                yaml.Append(line).Append('\n');
            }
        }
        return yaml.ToString();
    }
}
