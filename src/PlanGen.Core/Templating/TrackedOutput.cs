using System.Text;
using Scriban.Runtime;

namespace PlanGen.Core.Templating;

/// <summary>
/// The output of a render that remembers which template text produced each stretch, so an error
/// found later in the markup can be reported at the template file, line and column that wrote it.
/// Literal template text arrives as a slice of its file's text; everything else arrives while the
/// sandbox has announced the expression (and, for an included partial, the partial's own map).
/// </summary>
internal sealed class TrackedOutput(IReadOnlyDictionary<string, string> fileBySourceText) : IScriptOutput
{
    private readonly StringBuilder _text = new();
    private readonly List<MarkupSegment> _segments = [];

    /// <summary>The expression being written, set by the sandbox around its write.</summary>
    public (Scriban.Parsing.SourceSpan Span, Markup? Markup)? Pending { get; set; }

    /// <summary>The stretches written so far, in order.</summary>
    public IReadOnlyList<MarkupSegment> Segments => _segments;

    /// <inheritdoc />
    public void Write(string text, int offset, int count)
    {
        if (count <= 0)
        {
            return;
        }
        var start = _text.Length;
        _text.Append(text, offset, count);
        if (Pending is { } pending)
        {
            if (pending.Markup is { Segments: { } inner } markup && ReferenceEquals(markup.Text, text))
            {
                // An included partial: its own map, clipped to what was written and moved into place.
                // Scriban may write a partial's text line by line (indented includes), so only the
                // segments that overlap this slice are visited: a search, not a scan, keeps it linear.
                for (var i = FirstEndingAfter(inner, offset); i < inner.Count && inner[i].Start < offset + count; i++)
                {
                    var segment = inner[i];
                    var from = Math.Max(segment.Start, offset);
                    var to = Math.Min(segment.Start + segment.Length, offset + count);
                    if (from < to)
                    {
                        var skipped = from - segment.Start;
                        _segments.Add(segment with { Start = start + from - offset, Length = to - from, SourceOffset = segment.SourceOffset + skipped });
                    }
                }
            }
            else
            {
                _segments.Add(new MarkupSegment(start, count, pending.Span.FileName ?? "", null, 0, pending.Span));
            }
        }
        else if (fileBySourceText.TryGetValue(text, out var file))
        {
            _segments.Add(new MarkupSegment(start, count, file, text, offset, default));
        }
    }

    /// <summary>The index of the first segment (in markup order) that ends after <paramref name="offset"/>.</summary>
    private static int FirstEndingAfter(IReadOnlyList<MarkupSegment> segments, int offset)
    {
        int low = 0, high = segments.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (segments[middle].Start + segments[middle].Length <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <inheritdoc />
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>What was written, as markup that carries its map.</summary>
    public Markup ToMarkup() => new(_text.ToString()) { Segments = [.. _segments] };

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
