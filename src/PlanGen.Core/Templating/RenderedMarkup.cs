using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Templating;

/// <summary>
/// Layout markup as a template rendered it, with the way back from any place in it to the template
/// file, line and column that wrote it (see <c>TrackedOutput</c>).
/// </summary>
public sealed class RenderedMarkup
{
    private readonly IReadOnlyList<MarkupSegment> _segments;
    private readonly string _fallbackFile;
    private int[]? _lineStarts;

    internal RenderedMarkup(string text, IReadOnlyList<MarkupSegment> segments, string fallbackFile)
    {
        Text = text;
        _segments = segments;
        _fallbackFile = fallbackFile;
    }

    /// <summary>The markup.</summary>
    public string Text { get; }

    /// <summary>
    /// The template place that wrote the markup at 1-based <paramref name="line"/> and
    /// <paramref name="column"/>: the very character for literal template text, the expression for
    /// a value it printed. Where nothing is known (text Scriban wrote itself), the markup place is
    /// given against the main file.
    /// </summary>
    public SourceSpan Locate(int line, int column)
    {
        _lineStarts ??= LineStarts(Text);
        var lineIndex = Math.Clamp(line - 1, 0, _lineStarts.Length - 1);
        var offset = Math.Min(Text.Length, _lineStarts[lineIndex] + Math.Max(0, column - 1));
        var segment = Find(offset) ?? (offset > 0 ? Find(offset - 1) : null);
        if (segment is null)
        {
            return SourceSpan.At(_fallbackFile, lineIndex, Math.Max(0, column - 1));
        }
        if (segment.Source is null)
        {
            return TemplateSpans.From(segment.Expression, segment.File);
        }
        var sourceOffset = Math.Min(segment.Source.Length, segment.SourceOffset + Math.Min(offset - segment.Start, segment.Length));
        var starts = LineStarts(segment.Source);
        var sourceLine = Array.BinarySearch(starts, sourceOffset);
        sourceLine = sourceLine >= 0 ? sourceLine : ~sourceLine - 1;
        return SourceSpan.At(segment.File, sourceLine, sourceOffset - starts[sourceLine]);
    }

    private MarkupSegment? Find(int offset)
    {
        int low = 0, high = _segments.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var segment = _segments[middle];
            if (offset < segment.Start)
            {
                high = middle - 1;
            }
            else if (offset >= segment.Start + segment.Length)
            {
                low = middle + 1;
            }
            else
            {
                return segment;
            }
        }
        return null;
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return [.. starts];
    }
}
