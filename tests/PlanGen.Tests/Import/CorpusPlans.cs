using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Docx;
using PlanGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PlanGen.Tests.Import;

/// <summary>
/// The plans of the corpus (Corpus/ke-hoach) imported and built again: what a careful clerk reads
/// in each (its .expected.yaml) against what the import made of it, and the share of the text's
/// words the built document holds in order.
/// </summary>
internal static partial class CorpusPlans
{
    public static string Folder => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Corpus", "ke-hoach");

    public static IEnumerable<string> Texts() =>
        Directory.EnumerateFiles(Folder, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>One document measured: the fields that differ from the expectation, and the word score.</summary>
    public sealed record Measure(string Document, double Words, IReadOnlyList<string> Differences, IReadOnlyList<Diagnostic> Diagnostics);

    public static Measure Of(string name)
    {
        var text = Path.Combine(Folder, name);
        var expected = Expected(Path.ChangeExtension(text, null) + ".expected.yaml");
        var bag = new DiagnosticBag();
        var imported = PlanImporter.Recognize(TestRun.New(), text, null, bag);
        if (imported is null) return new Measure(name, 0, ["plan: no plan imported"], bag.Items);
        var plan = imported.Plan;
        var differences = new List<string>();
        void Compare(string field, string? want, string? got)
        {
            if (!string.Equals(Squeeze(want), Squeeze(got), StringComparison.Ordinal)) differences.Add($"{field}: expected «{want}», got «{got}»");
        }
        // The issuer as the header prints it when a line or a letter was lost there (issuer_printed).
        if (Scalar(expected, "issuer") is { } issuer && Scalar(expected, "header_in_text") != "false")
        {
            Compare("issuer", Squeeze(Scalar(expected, "issuer_printed")) == Squeeze(plan.Issuer.Name) ? plan.Issuer.Name : issuer, plan.Issuer.Name);
        }
        if (Scalar(expected, "number") is { } number) Compare("number", NumberValue(number), plan.Number?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Scalar(expected, "date") is { Length: 10 } date) Compare("date", date, plan.Date?.ToIsoText());
        // The plan format has no type line: "KẾ HOẠCH HÀNH ĐỘNG" gives its further words to the title.
        var suffix = Scalar(expected, "type_line") is { } typeLine && typeLine.StartsWith("KẾ HOẠCH ", StringComparison.Ordinal) ? typeLine["KẾ HOẠCH ".Length..] + " " : "";
        if (Scalar(expected, "title") is { } title) Compare("title", suffix + title, plan.Title);
        // The parent by its number ("Quyết định số 524/QĐ-TTg …" → 524/QĐ-TTg), wherever the plan cites it among its bases.
        if (Scalar(expected, "parent") is { } parent && ParentNumber().Match(parent) is { Success: true } cited)
        {
            Compare("parent", cited.Groups["n"].Value, plan.Parent?.Citation?.Number);
        }
        if (List(expected, "parts") is { Count: > 0 } parts)
        {
            // A part whose heading the page lost is named by the import, as its YAML comment says: not a heading of the text.
            var named = imported.Notes.Select(n => n.Key).Where(k => k.StartsWith("parts[", StringComparison.Ordinal) && k.EndsWith("].title", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            var got = plan.Parts.Where((_, i) => !named.Contains($"parts[{i + 1}].title")).Select(p => p.Title ?? "").ToList();
            var want = parts.Select(HeadingText).ToList();
            Compare("parts", string.Join(" | ", want), string.Join(" | ", got.Take(want.Count)));
        }
        var bagRender = new DiagnosticBag();
        var rendered = PlanRenderer.Default.Render(TestRun.New(), plan, null, bagRender);
        if (rendered is null) return new Measure(name, 0, [.. differences, "build: does not build"], bag.Items);
        // The characters "\r\n" a page wrote out are its line breaks, not words of the document; the lines
        // of a portal's post around the document (post_lines) are the page's, not the document's.
        var source = File.ReadAllText(text).Replace(@"\r\n", "\n", StringComparison.Ordinal);
        foreach (var line in List(expected, "post_lines") ?? [])
        {
            var at = source.IndexOf(line, StringComparison.Ordinal);
            if (at < 0) return new Measure(name, 0, [.. differences, $"post_lines: «{line}» is not a line of the text"], bag.Items);
            source = source.Remove(at, line.Length);
        }
        // A page copies the header's table cell by cell down each column, row by row across them (the
        // decree's two rows, as the family's measure reads it), or line beside line (each row's lines left,
        // right, left, right): the order of the two columns' words is the page's, not the document's, so the
        // built document is read each way and the best reading counts.
        var seen = WordFidelity.Words(source);
        using var docx = new MemoryStream(rendered.Docx);
        var words = new[]
        {
            WordFidelity.Score(seen, WordFidelity.Words(string.Join("\n", DocxText.Paragraphs(docx)))),
            WordFidelity.Score(seen, WordFidelity.Words(string.Join("\n", CorpusFamily.ReadingOrder(rendered.Docx, sideBySide: false)))),
            WordFidelity.Score(seen, WordFidelity.Words(string.Join("\n", CorpusFamily.ReadingOrder(rendered.Docx, sideBySide: true)))),
        }.Max();
        return new Measure(name, words, differences, bag.Items);
    }

    // "I. MỤC TIÊU, YÊU CẦU" as printed; the plan keeps the heading without its numeral, and without the
    // label of a division above the Roman sections ("Phần I", "A.").
    private static string HeadingText(string heading)
    {
        if (PlanGen.Core.Document.Grammar.DivisionHeading.Parse(heading) is { Heading.Length: > 0 } division) return division.Heading.TrimEnd(':').Trim();
        var parsed = PlanGen.Core.Document.Grammar.NumberingLabel.Parse(heading);
        return parsed is { Text.Length: > 0 } ? parsed.Text.TrimEnd(':').Trim() : heading;
    }

    // "số 524/QĐ-TTg", and a number printed without its hyphen, "số 298 KH/TWĐTN".
    [System.Text.RegularExpressions.GeneratedRegex(@"\bsố (?<n>\d+ \p{Lu}[\p{Lu}\d&]*/\S*[^\s,.;)]|\S+[^\s,.;)])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ParentNumber();

    /// <summary>The value a number carries: its leading digits, in the state's form ("29/KH-UBND") and the Party's and Đoàn's ("225-KH/TWĐTN-CTTN").</summary>
    internal static string NumberValue(string number) => new([.. number.TakeWhile(char.IsAsciiDigit)]);

    internal static string Squeeze(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize().ToUpperInvariant();

    internal static YamlMappingNode Expected(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    internal static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } v } scalar && scalar.Tag.IsEmpty | true && v != "null" && v != "~" ? v : null;

    internal static List<string>? List(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode list ? [.. list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")] : null;
}
