using PlanGen.Core.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace PlanGen.Pdf.Reading;

/// <summary>
/// What one page holds, top to bottom: lines of running text, bordered tables and two-column
/// blocks, with the page number (a lone number centred at the top or bottom) already dropped and
/// the footnotes at its foot handed to their marks (<see cref="FootnoteArea"/>).
/// </summary>
internal sealed partial class PageContent
{
    private PageContent(int number, double width, double height, List<PageItem> items)
    {
        Number = number;
        Width = width;
        Height = height;
        Items = items;
    }

    public int Number { get; }

    public double Width { get; }

    public double Height { get; }

    public IReadOnlyList<PageItem> Items { get; }

    /// <summary>Characters of text on the page (a scan has none).</summary>
    public int LetterCount { get; private init; }

    /// <summary>Words on one page: a printed A4 page holds a few thousand at the smallest size.</summary>
    public const int MaxWords = 20_000;

    /// <summary>Characters on one page, counted before the words are made of them.</summary>
    public const int MaxLetters = 10 * MaxWords;

    [GeneratedRegex(@"^[-–]?\s*\d{1,4}\s*[-–]?$")]
    private static partial Regex PageNumber();

    public static PageContent Read(Page page)
    {
        var height = page.Height;
        if (page.Letters.Count > MaxLetters)
        {
            throw TooDense(page.Number);
        }
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.TextOrientation == TextOrientation.Horizontal)
            .SelectMany(w => ToWords(w, height))
            .ToList();
        words = FootnoteArea.WithMarks(words);
        if (words.Count > MaxWords)
        {
            throw TooDense(page.Number);
        }
        var baselines = LineClustering.Baselines(words);
        var grids = RulingGrid.Find(page.Paths, height);
        var items = new List<PageItem>();
        var inTables = new HashSet<PdfWord>();
        foreach (var grid in grids)
        {
            var inside = words.Where(w => grid.Contains(w.Centre, w.Baseline - (w.Size / 3))).ToList();
            inTables.UnionWith(inside);
            items.Add(new TableItem(grid.Top, TableDraft.From(grid, page.Number, inside, baselines)));
        }
        var lines = LineClustering.Lines(page.Number, words.Where(w => !inTables.Contains(w)), baselines);
        var blocks = ColumnBlock.Find(lines);
        var inBlocks = blocks.SelectMany(b => b.Source).ToHashSet();
        items.AddRange(blocks.Select(b => new ColumnsItem(b.Top, b)));
        items.AddRange(lines.Where(l => !inBlocks.Contains(l)).Select(l => new LineItem(l.Top, l)));
        items.Sort((a, b) => a.Top.CompareTo(b.Top));
        DropPageNumber(items, page.Width);
        FootnoteArea.Attach(items);
        return new PageContent(page.Number, page.Width, height, items) { LetterCount = words.Sum(w => w.Text.Length) };
    }

    private static PdfLimitException TooDense(int page) =>
        new(Core.Diagnostics.DiagnosticCode.PdfPageTooDense, Invariant(page), Invariant(MaxWords), Invariant(MaxLetters));

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void DropPageNumber(List<PageItem> items, double width)
    {
        foreach (var index in new[] { items.Count - 1, 0 })
        {
            if (index >= 0 && index < items.Count && items[index] is LineItem { Line: var line }
                && PageNumber().IsMatch(line.Text)
                && (Math.Abs(line.Centre - (width / 2)) < width * 0.15 || line.Left > width * 0.75))
            {
                items.RemoveAt(index);
            }
        }
    }

    /// <summary>A word as one piece per emphasis: a word whose font changes inside it (a quote mark before italics) is split there.</summary>
    private static IEnumerable<PdfWord> ToWords(Word word, double pageHeight)
    {
        var letters = word.Letters;
        var start = 0;
        for (var i = 1; i <= letters.Count; i++)
        {
            // A raised footnote mark printed against its word is a piece of its own.
            if (i < letters.Count && Emphasis(letters[i]) == Emphasis(letters[start]) && SameSize(letters[i], letters[start])) continue;
            var first = letters[start];
            var last = letters[i - 1];
            var (bold, italic) = Emphasis(first);
            // Each letter of the piece is looked at once: a word can be as long as its page.
            var text = new System.Text.StringBuilder();
            var top = double.MinValue;
            for (var k = start; k < i; k++)
            {
                text.Append(letters[k].Value);
                top = Math.Max(top, letters[k].BoundingBox.Top);
            }
            yield return new PdfWord(
                UnicodeNormalization.ToNfc(text.ToString()),
                first.BoundingBox.Left,
                Math.Max(last.BoundingBox.Right, last.EndBaseLine.X),
                pageHeight - top,
                pageHeight - first.StartBaseLine.Y,
                Math.Round(first.PointSize, 1),
                bold,
                italic) { Joined = start > 0 };
            start = i;
        }
    }

    private static bool SameSize(Letter a, Letter b) => Math.Abs(a.PointSize - b.PointSize) <= 0.2 * Math.Max(a.PointSize, b.PointSize);

    private static (bool Bold, bool Italic) Emphasis(Letter letter)
    {
        var font = letter.FontName ?? string.Empty;
        var details = letter.FontDetails;
        var bold = (details?.IsBold ?? false) || font.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || font.Contains("Black", StringComparison.OrdinalIgnoreCase) || font.Contains("Heavy", StringComparison.OrdinalIgnoreCase);
        var italic = (details?.IsItalic ?? false) || font.Contains("Italic", StringComparison.OrdinalIgnoreCase)
            || font.Contains("Oblique", StringComparison.OrdinalIgnoreCase);
        return (bold, italic);
    }
}

/// <summary>Something on a page, placed by its top edge.</summary>
internal abstract record PageItem(double Top);

/// <summary>A line of running text.</summary>
internal sealed record LineItem(double Top, PdfLine Line) : PageItem(Top);

/// <summary>A bordered table.</summary>
internal sealed record TableItem(double Top, TableDraft Table) : PageItem(Top);

/// <summary>Two borderless columns side by side.</summary>
internal sealed record ColumnsItem(double Top, ColumnBlock Block) : PageItem(Top);
