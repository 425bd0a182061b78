using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>
/// The comments of a YAML text with the key each belongs to, so the writer can put them back
/// above it: a comment line belongs to the key or item that follows it (a commented-out key,
/// <c># number: 12</c>, to that key's own place); a comment after a value, to the key on its line.
/// </summary>
internal static partial class WrittenComments
{
    [GeneratedRegex(@"^#\s*([a-z_]+):")]
    private static partial Regex CommentedKey();

    /// <summary>The comments of <paramref name="text"/>, whose tree is <paramref name="root"/>, by path.</summary>
    public static List<YamlComment> Of(string text, YamlValue root)
    {
        var places = new SortedDictionary<int, (string Path, int Indent)>();
        var insideScalars = new HashSet<int>();
        var valueEnds = new Dictionary<int, int>();
        Walk(root, "", places, insideScalars, valueEnds);
        var lines = text.Split('\n');
        var comments = new List<YamlComment>();
        var pending = new List<(string Text, int Indent)>();
        for (var line = 0; line < lines.Length; line++)
        {
            var content = lines[line].TrimEnd('\r');
            var trimmed = content.TrimStart();
            if (insideScalars.Contains(line))
            {
                continue;
            }
            if (trimmed.StartsWith('#'))
            {
                if (!trimmed.StartsWith("# yaml-language-server:", StringComparison.Ordinal))
                {
                    pending.Add((trimmed, content.Length - trimmed.Length));
                }
                continue;
            }
            if (!places.TryGetValue(line, out var place))
            {
                continue;
            }
            foreach (var (comment, indent) in pending)
            {
                comments.Add(new YamlComment(Own(comment, indent, line, places) ?? place.Path, Strip(comment)));
            }
            pending.Clear();
            var end = valueEnds.GetValueOrDefault(line, 0);
            var hash = content.IndexOf(" #", end, StringComparison.Ordinal);
            if (hash >= 0)
            {
                comments.Add(new YamlComment(place.Path, Strip(content[(hash + 1)..].Trim())));
            }
        }
        var last = places.Count > 0 ? places.Last().Value.Path : "";
        comments.AddRange(pending.Select(p => new YamlComment(Own(p.Text, p.Indent, lines.Length, places) ?? last, Strip(p.Text))));
        return comments;
    }

    // A commented-out key stands for that key in the mapping of the keys at its indent.
    private static string? Own(string comment, int indent, int line, SortedDictionary<int, (string Path, int Indent)> places)
    {
        var key = CommentedKey().Match(comment);
        if (!key.Success)
        {
            return null;
        }
        var sibling = places.Where(p => p.Value.Indent == indent && !p.Value.Path.EndsWith(']'))
            .OrderBy(p => Math.Abs(p.Key - line)).Select(p => p.Value.Path).FirstOrDefault();
        if (sibling is null)
        {
            return null;
        }
        var dot = sibling.LastIndexOf('.');
        return (dot < 0 ? "" : sibling[..(dot + 1)]) + key.Groups[1].Value;
    }

    private static string Strip(string comment) => comment.TrimStart('#').Trim();

    private static void Walk(YamlValue value, string path, SortedDictionary<int, (string, int)> places, HashSet<int> insideScalars, Dictionary<int, int> valueEnds)
    {
        switch (value)
        {
            case YamlMap map:
                foreach (var (key, item) in map.Entries)
                {
                    var at = path.Length == 0 ? key.Value : path + "." + key.Value;
                    places.TryAdd(key.Span.StartLine, (at, key.Span.StartColumn));
                    End(key.Span, valueEnds);
                    Walk(item, at, places, insideScalars, valueEnds);
                }
                break;
            case YamlList list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var span = list.Items[i].Span;
                    places.TryAdd(span.StartLine, ($"{path}[{i + 1}]", Math.Max(0, span.StartColumn - 2)));
                    Walk(list.Items[i], $"{path}[{i + 1}]", places, insideScalars, valueEnds);
                }
                break;
            case YamlText text:
                // A text over several lines (quoted, or a block): a '#' line inside it is text, not a comment.
                var last = text.Span.EndColumn > 0 ? text.Span.EndLine : text.Span.EndLine - 1;
                for (var line = text.Span.StartLine + 1; line <= last; line++)
                {
                    insideScalars.Add(line);
                }
                End(text.Span, valueEnds);
                break;
        }
    }

    // Where the last value on a line ends: a '#' before it is part of the text.
    private static void End(SourceSpan span, Dictionary<int, int> valueEnds) =>
        valueEnds[span.EndLine] = Math.Max(valueEnds.GetValueOrDefault(span.EndLine), span.EndColumn);
}
