using System.Text.RegularExpressions;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;

namespace PlanGen.Core.Import;

/// <summary>
/// A text page that copied the header's two columns onto the same lines ("UBND HUYỆN THANH CHƯƠNG
/// … CỘNG HOÀ XÃ HỘI …", "Số: 278/PGD&amp;ĐT-THCS … Thanh Chương, ngày 09 …"), read apart into the
/// left cell's line and the right cell's: at a run of spaces between them, or where the national
/// title, the motto or the place-and-date line starts after other words.
/// </summary>
internal static partial class HeaderColumns
{
    // The header stands in the first paragraphs of a page.
    private const int HeaderParagraphs = 16;

    [GeneratedRegex(@"\S(?<gap>\s{3,})\S", RegexOptions.CultureInvariant)]
    private static partial Regex Gap();

    [GeneratedRegex(@"\S\s+(?<right>CỘNG\s+H[ÒO]A\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]\s*Tự\s+do|(?:\p{Lu}\p{Ll}*\s){0,3}\p{Lu}\p{Ll}*,\s+ngày\b)", RegexOptions.CultureInvariant)]
    private static partial Regex RightColumn();

    /// <summary>The document with each header line of a text page that holds both columns read as two lines, left first.</summary>
    public static LayoutDocument Apart(LayoutDocument document)
    {
        if (document.Source?.Format != SourceFormat.Text) return document;
        var blocks = new List<Block>(document.Body.Count);
        for (var i = 0; i < document.Body.Count; i++)
        {
            if (i < HeaderParagraphs && document.Body[i] is Paragraph { Text: var text } paragraph && !text.Contains('\n', StringComparison.Ordinal) && At(text) is { } at and > 0)
            {
                blocks.Add(paragraph with { Runs = MarkedText.Parse(text[..at].Trim()) });
                blocks.Add(paragraph with { Runs = MarkedText.Parse(text[at..].Trim()) });
            }
            else
            {
                blocks.Add(document.Body[i]);
            }
        }
        return document with { Body = blocks };
    }

    // Where the right column starts on a line, or null when the line holds one column: the widest
    // run of five spaces or more, else the national title or the motto after other words, else the
    // place-and-date line after the number.
    private static int? At(string text)
    {
        if (Gap().Matches(text).MaxBy(m => m.Groups["gap"].Length) is { } widest && widest.Groups["gap"].Length >= 5) return widest.Groups["gap"].Index;
        if (RightColumn().Match(text) is not { Success: true } right) return null;
        var placeDate = right.Groups["right"].Value.Contains("ngày", StringComparison.Ordinal);
        return placeDate && !text.StartsWith("Số", StringComparison.Ordinal) ? null : right.Groups["right"].Index;
    }
}
