using PlanGen.Core.Input;
using PlanGen.Core.Text;
using System.Text;
using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Document.Reading;

/// <summary>
/// Reads text as <c>pdftotext</c> writes a PDF's text layer: lines broken inside a paragraph are
/// joined, page numbers dropped, Markdown emphasis kept as emphasis, and table rows (tab- or
/// <c>|</c>-separated, or aligned with runs of spaces) gathered into one table with the header row
/// that repeats at page breaks removed and a row split over a page joined back.
/// </summary>
public sealed partial class TextDocumentReader : IDocumentReader
{
    [GeneratedRegex(@"^[-–\s]*(Trang\s+)?\d{1,3}[-–\s]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownRule();

    [GeneratedRegex(@"(?<=\S)\s{3,}(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex WideGap();

    private const string EscapedBreak = @"\r\n";

    /// <inheritdoc />
    public bool CanRead(string path) => Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase)
        || Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public LayoutDocument? Read(string path, DiagnosticBag diagnostics)
    {
        // The same guard as plans: size bound, strict UTF-8, no binary bytes; form feeds are page breaks.
        var text = PlanSource.Load(path, diagnostics, pageBreaks: true);
        if (text is null) return null;
        // A page that wrote its line breaks out as the characters "\r\n" is read with them as breaks, and told so where they start.
        var escaped = text.IndexOf(EscapedBreak, StringComparison.Ordinal);
        if (escaped >= 0)
        {
            var line = text.AsSpan(0, escaped).Count('\n');
            var start = text.LastIndexOf('\n', escaped) + 1;
            var end = text.IndexOf('\n', escaped);
            var excerpt = text[start..(end < 0 ? text.Length : end)].Trim();
            diagnostics.Add(DiagnosticCode.ImportReshaped, SourceSpan.At(path, line, 0), MessageWord.At.Line.With((line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                MessageWord.How.EscapedBreaks, excerpt.Length > 60 ? excerpt[..57] + "…" : excerpt);
            // Each line read keeps the number of the file's line it came from, so places name the file's lines.
            var sourceLines = new List<int>();
            var file = text.Split('\n');
            for (var k = 0; k < file.Length; k++)
            {
                sourceLines.AddRange(Enumerable.Repeat(k + 1, file[k].Split(EscapedBreak).Length));
            }
            return ReadText(text.Replace(EscapedBreak, "\n", StringComparison.Ordinal), path, [.. sourceLines]);
        }
        return ReadText(text, path);
    }

    /// <summary>Reads already loaded text; <paramref name="path"/> names it.</summary>
    public static LayoutDocument ReadText(string text, string path) => ReadText(text, path, null);

    // sourceLines[i]: the file's line the text's line i came from, when they differ.
    private static LayoutDocument ReadText(string text, string path, int[]? sourceLines)
    {
        var lines = UnicodeNormalization.ToNfc(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var blocks = new List<Block>();
        var paragraph = new StringBuilder();
        var paragraphLine = 0;
        var gap = false;
        TableBuilder? table = null;

        int LineOf(int i) => sourceLines is not null && i < sourceLines.Length ? sourceLines[i] : i + 1;
        void EndParagraph()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(new Paragraph(ParagraphKind.Body, MarkedText.Parse(paragraph.ToString().Trim())) { Place = SourcePlace.OfLine(paragraphLine) });
            }
            paragraph.Clear();
        }
        void EndTable()
        {
            if (table is not null) blocks.Add(table.Build());
            table = null;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i].Replace('\f', ' ');
            var line = raw.Trim();
            if (line.Length == 0 || IsPageNumber(lines, i) || MarkdownRule().IsMatch(line))
            {
                gap = true;
                continue;
            }
            var cells = Cells(lines, i);
            if (cells is not null)
            {
                EndParagraph();
                table ??= new TableBuilder(LineOf(i));
                table.Add(cells, LineOf(i));
                gap = false;
                continue;
            }
            EndTable();
            line = StripHeadingMarks(line);
            if (paragraph.Length > 0 && Continues(paragraph, line))
            {
                // A hard break (two trailing spaces, no blank line) keeps the line; a wrapped line joins with a space.
                var hard = !gap && lines[i - 1].Replace('\f', ' ').EndsWith("  ", StringComparison.Ordinal);
                paragraph.Append(hard ? "\n" : " ").Append(line);
            }
            else
            {
                EndParagraph();
                paragraph.Append(line);
                paragraphLine = LineOf(i);
            }
            gap = false;
        }
        EndParagraph();
        EndTable();
        return LayoutDocument.Read(new DocumentSource(path, SourceFormat.Text), blocks, [new PageSetup(null)]);
    }

    private static string StripHeadingMarks(string line) => line.TrimStart('#').TrimStart();

    // The paragraph's last character before closing emphasis marks and white space, or null.
    private static char? LastWord(StringBuilder text)
    {
        var i = text.Length - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        while (i >= 0 && text[i] == '*') i--;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i >= 0 ? text[i] : null;
    }

    // A line goes on the paragraph before it when that one stops mid-sentence and it starts in lower case.
    private static bool Continues(StringBuilder previous, string line)
    {
        // Only the paragraph's end is looked at: copying it whole for every line joined would be
        // quadratic in a paragraph of many lines.
        if (LastWord(previous) is not { } last || ".:;!?".Contains(last, StringComparison.Ordinal)) return false;
        var start = line.TrimStart('*', '_', ' ');
        // A line that starts with a label (a), a., -, +) starts an item of its own.
        if (start.Length == 0 || Grammar.NumberingLabel.Parse(start) is not null) return false;
        return char.IsLower(start[0]);
    }

    // A number alone between blank lines is a page number, not text.
    private static bool IsPageNumber(string[] lines, int i) =>
        PageNumber().IsMatch(lines[i].Trim())
        && (i == 0 || lines[i - 1].Trim().Length == 0 || lines[i - 1].Contains('\f', StringComparison.Ordinal))
        && (i + 1 >= lines.Length || lines[i + 1].Trim().Length == 0 || lines[i].Contains('\f', StringComparison.Ordinal));

    private static List<string>? Cells(string[] lines, int i)
    {
        var line = lines[i].Replace('\f', ' ');
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            return [.. line.Split('\t').Select(c => c.Trim())];
        }
        var trimmed = line.Trim();
        if (trimmed.Length > 1 && trimmed[0] == '|' && trimmed[^1] == '|')
        {
            return [.. trimmed[1..^1].Split('|').Select(c => c.Trim())];
        }
        // A table copied from a web page: each cell followed by " |" ("Số: 130/KH-UBND | Ninh Bình, ngày … |").
        if (trimmed.Length > 2 && trimmed[^1] == '|' && char.IsWhiteSpace(trimmed[^2]) && trimmed.Any(char.IsLetter))
        {
            return [.. trimmed[..^1].Split('|').Select(c => c.Trim())];
        }
        // Space-aligned columns: two wide gaps on this line and on a neighbour, so a justified
        // sentence with one wide gap is not taken for a row.
        if (IsAligned(line) && ((i > 0 && IsAligned(lines[i - 1])) || (i + 1 < lines.Length && IsAligned(lines[i + 1]))))
        {
            return [.. Regex.Split(trimmed, @"\s{3,}").Select(c => c.Trim())];
        }
        return null;
    }

    private static bool IsAligned(string line) => WideGap().Count(line.Trim()) >= 2;
}
