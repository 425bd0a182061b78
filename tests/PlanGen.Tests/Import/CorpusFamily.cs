using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Build;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Import;
using PlanGen.Core.Model;
using PlanGen.Core.Recognition;
using DocumentFormat.OpenXml.Packaging;
using PlanGen.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PlanGen.Tests.Import;

/// <summary>
/// The letters, notices, submissions and decisions of the corpus (Corpus/cong-van, thong-bao,
/// to-trinh, quyet-dinh) imported as a clerk would and built again: what a careful clerk reads in
/// each (its .expected.yaml) against what the import made of it, and the share of the text's words
/// the built document (a decision's with its plan) holds in order.
/// </summary>
internal static class CorpusFamily
{
    public static readonly string[] Kinds = ["cong-van", "thong-bao", "to-trinh", "quyet-dinh"];

    private static string Folder => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Corpus");

    /// <summary>Each text as "kind/name.txt".</summary>
    public static IEnumerable<string> Texts() =>
        Kinds.SelectMany(k => Directory.EnumerateFiles(Path.Combine(Folder, k), "*.txt").Select(f => k + "/" + Path.GetFileName(f))).Order(StringComparer.Ordinal);

    /// <summary>One document measured: the type it imported as, the fields that differ from the expectation, and the word score.</summary>
    public sealed record Measure(string Type, double Words, IReadOnlyList<string> Differences, IReadOnlyList<Diagnostic> Diagnostics);

    public static Measure Of(string document)
    {
        var text = Path.Combine(Folder, document);
        var expected = Expected(Path.ChangeExtension(text, null) + ".expected.yaml");
        using var folder = new TempFolder();
        var bag = new DiagnosticBag();
        var imported = PlanImporter.Import(TestRun.New(), text, folder.File("imported.yaml"), null, bag);
        if (imported is null) return new Measure("—", 0, ["import: nothing imported"], bag.Items);
        var got = (FamilyDocument)imported.Document;
        var differences = new List<string>();
        void Compare(string field, string? want, string? have)
        {
            if (!string.Equals(Squeeze(want), Squeeze(have), StringComparison.Ordinal)) differences.Add($"{field}: expected «{want}», got «{have}»");
        }
        Compare("type", Scalar(expected, "type"), Text(got.TypeCode));
        if (Scalar(expected, "issuer") is { } issuer && Scalar(expected, "header_in_text") != "false")
        {
            Compare("issuer", Squeeze(Scalar(expected, "issuer_printed")) == Squeeze(got.Issuer.Name) ? got.Issuer.Name : issuer, got.Issuer.Name);
        }
        if (Scalar(expected, "number") is { } number) Compare("number", CorpusPlans.NumberValue(number), got.Number?.Value.ToString(CultureInfo.InvariantCulture));
        if (Scalar(expected, "date") is { Length: 10 } date) Compare("date", date, got.Date?.ToIsoText());
        if (Scalar(expected, "title") is { } title) Compare("title", title, got.Title);
        if (List(expected, "kinh_gui") is { Count: > 0 } to && got is GeneralDocument general)
        {
            Compare("to", string.Join(" | ", to.Select(t => t.TrimEnd(';', '.'))), string.Join(" | ", general.To));
        }
        var source = File.ReadAllText(text);
        // The lines a reader marks as the page's, not the document's: a portal's post around it
        // (post_lines), a part the page prints twice (repeated_lines: a header repeated as the blank
        // Word form under the filled one). Each is the first whole line that reads so.
        foreach (var line in (List(expected, "post_lines") ?? []).Concat(List(expected, "repeated_lines") ?? []))
        {
            var lines = source.Split('\n').ToList();
            var at = lines.FindIndex(l => l.Trim() == line.Trim());
            if (at < 0) return new Measure(got.TypeCode, 0, [.. differences, $"lines: «{line}» is not a line of the text"], bag.Items);
            lines.RemoveAt(at);
            source = string.Join('\n', lines);
        }
        var sideBySide = SideBySide(source);
        var words = new List<string>();
        foreach (var built in new[] { got, imported.Attached?.Document as FamilyDocument }.OfType<FamilyDocument>())
        {
            var rendered = PlanRenderer.Default.Render(TestRun.New(), built, null, new DiagnosticBag());
            if (rendered is null) return new Measure(got.TypeCode, 0, [.. differences, "build: does not build"], bag.Items);
            words.AddRange(WordFidelity.Words(string.Join("\n", ReadingOrder(rendered.Docx, sideBySide))));
        }
        return new Measure(got.TypeCode, WordFidelity.Score(WordFidelity.Words(source), words), differences, bag.Items);
    }

    /// <summary>
    /// True when the page copied the header's two columns line beside line ("UBND HUYỆN THANH
    /// CHƯƠNG … CỘNG HOÀ XÃ HỘI …", "Số: 850/UBND Châu Thành, ngày …"): one of its first lines holds
    /// several header boxes, as the outline reads them apart (<see cref="HeaderBoxes"/>).
    /// </summary>
    private static bool SideBySide(string text) =>
        text.Split('\n').Where(l => l.Trim().Length > 0).Take(8).Any(l => HeaderBoxes.Apart(l) is { Count: >= 2 });

    /// <summary>
    /// The built document's paragraphs as a reader reads them: the header by the decree's two rows
    /// (the bodies, then the national title and motto beside them; the number, then the place and
    /// date beside it), as a web page copies a header table row by row, and every other paragraph
    /// in order. Form 1.5 puts a công văn's "V/v" subject under the number, so reading the left cell
    /// whole first would put a dozen words of the subject before the motto the page prints above them.
    /// A page that copied the columns line beside line (<paramref name="sideBySide"/>) is read so:
    /// each row's lines left, right, left, right.
    /// </summary>
    internal static List<string> ReadingOrder(byte[] docx, bool sideBySide)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var lines = new List<string>();
        var header = true;
        foreach (var block in body.ChildElements)
        {
            if (block is Table table && header)
            {
                foreach (var row in table.Elements<TableRow>())
                {
                    // The decree's two rows of the header: the bodies beside the national title, then the number
                    // (and a công văn's V/v) beside the place and date.
                    var cells = row.Elements<TableCell>().Select(c => c.Elements<Paragraph>().Select(Text).ToList()).ToList();
                    var second = cells.Select(c => Math.Max(0, c.FindIndex(l => l.StartsWith("Số", StringComparison.Ordinal) || l.Contains(", ngày", StringComparison.Ordinal))) is var at and > 0 ? at : c.Count).ToList();
                    var first = cells.Select((c, i) => c.Take(second[i]).ToList()).ToList();
                    var rest = cells.Select((c, i) => c.Skip(second[i]).ToList()).ToList();
                    lines.AddRange(sideBySide ? Beside(first) : first.SelectMany(c => c));
                    lines.AddRange(sideBySide ? Beside(rest) : rest.SelectMany(c => c));
                }
            }
            else
            {
                lines.AddRange(block.Descendants<Paragraph>().Select(Text).Concat(block is Paragraph p ? [Text(p)] : []));
            }
            // The header table comes before any text of the body.
            header &= block is not Table && lines.All(l => l.Trim().Length == 0);
        }
        return lines;
    }

    // The cells' lines that hold words, the first line of each cell, then the second of each, …
    private static IEnumerable<string> Beside(List<List<string>> cells)
    {
        var filled = cells.Select(c => c.Where(l => l.Any(char.IsLetterOrDigit)).ToList()).ToList();
        for (var i = 0; i < filled.Select(c => c.Count).DefaultIfEmpty(0).Max(); i++)
        {
            foreach (var cell in filled.Where(c => i < c.Count)) yield return cell[i];
        }
    }

    private static string Text(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch { DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text, Break or TabChar => "\n", _ => "" }));

    // The kind a reader names ("CÔNG VĂN") for the type a document imported as.
    private static string Text(string typeCode) => PlanGen.Core.Text.VietnameseCasing.Upper(TypeNames.Of(typeCode));

    private static string Squeeze(string? text) => CorpusPlans.Squeeze(text);

    private static YamlMappingNode Expected(string path) => CorpusPlans.Expected(path);

    private static string? Scalar(YamlMappingNode map, string key) => CorpusPlans.Scalar(map, key);

    private static List<string>? List(YamlMappingNode map, string key) => CorpusPlans.List(map, key);
}
