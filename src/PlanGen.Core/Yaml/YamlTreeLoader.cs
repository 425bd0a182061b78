using PlanGen.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanGen.Core.Yaml;

/// <summary>
/// Turns YAML text into <see cref="YamlValue"/>s with exact spans, straight from the parser's
/// events, so that every hostile input is refused at its place with a clear diagnostic: type tags,
/// duplicate keys, alias bombs (aliases share nodes and their expanded size is bounded) and deep
/// nesting (bounded before recursion can exhaust the stack).
/// </summary>
internal sealed class YamlTreeLoader
{
    internal const int MaxDepth = 64;
    internal const int MaxExpandedNodes = 100_000;

    /// <summary>Characters of text that weigh as much as one node when aliases are expanded.</summary>
    internal const int CharactersPerNode = 64;

    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, (YamlValue Node, int Weight)> _anchors = new(StringComparer.Ordinal);
    private IParser _parser = null!;
    private long _expanded;
    private long _limit = MaxExpandedNodes;
    private Mark _last = YamlDotNet.Core.Mark.Empty;
    private string[] _lines = [];

    private YamlTreeLoader(string file, DiagnosticBag diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
    }

    /// <summary>The root node of the first document, or null after reporting why there is none.</summary>
    public static YamlValue? Load(string text, string file, DiagnosticBag diagnostics)
    {
        var loader = new YamlTreeLoader(file, diagnostics);
        try
        {
            return loader.LoadDocument(text);
        }
        catch (YamlException e)
        {
            var span = loader.SpanOf(e.Start, e.End);
            var bracket = e.Message.Contains("flow", StringComparison.Ordinal) ? UnclosedBracket.Find(text, span.StartLine, span.StartColumn) : null;
            if (bracket is { } open)
            {
                span = new SourceSpan(file, open.Line, open.Column, open.Line, open.Column + 1);
            }
            var (message, hint, line) = YamlSyntaxAdvice.Explain(text, e.Message, span, bracket);
            diagnostics.Add(DiagnosticCode.YamlSyntax, line == span.StartLine ? span : new SourceSpan(file, line, 0, line, 0), message, hint);
            return null;
        }
        catch (RefusedException)
        {
            return null;
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's parser can fail this way after a flow collection left open (a "{" with
            // more YAML after it); it is still a syntax error at the last place the parser read.
            var span = loader.SpanOf(loader._last, loader._last);
            var (message, hint, line) = YamlSyntaxAdvice.Explain(text, e.Message, span, UnclosedBracket.Find(text, span.StartLine, span.StartColumn));
            diagnostics.Add(DiagnosticCode.YamlSyntax, line == span.StartLine ? span : new SourceSpan(file, line, 0, line, 0), message, hint);
            return null;
        }
    }

    private YamlValue? LoadDocument(string text)
    {
        // Without aliases a file weighs about its length at most (a node takes a character or
        // more); with them it may grow to twice that, or to the floor for small files, so
        // reading stays linear in the input.
        _limit = Math.Max(MaxExpandedNodes, 2L * text.Length);
        _lines = text.ReplaceLineEndings("\n").Split('\n');
        // Most files are in the YAML a plan is written in, which plangen's own parser reads into
        // YamlDotNet's events (bench/RESULTS.md says why); YamlDotNet reads the rest, and explains
        // whatever is wrong.
        _parser = CommonYamlParser.TryParse(text) is { } events ? new EventListParser(events) : new Parser(new StringReader(text));
        _parser.Consume<StreamStart>();
        if (!_parser.TryConsume<DocumentStart>(out _))
        {
            _diagnostics.Add(DiagnosticCode.EmptyFile, SourceSpan.WholeFile(_file));
            return null;
        }
        var (root, _) = ReadNode(0);
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out var second))
        {
            _diagnostics.Add(DiagnosticCode.ExtraYamlDocument, SpanOf(second.Start, second.End));
            return null;
        }
        if (root is YamlText { IsNull: true })
        {
            _diagnostics.Add(DiagnosticCode.EmptyFile, SourceSpan.WholeFile(_file));
            return null;
        }
        return root;
    }

    private (YamlValue Node, int Weight) ReadNode(int depth)
    {
        var current = _parser.Current ?? throw new YamlException("The YAML parser has no current event.");
        _last = current.Start;
        if (current is AnchorAlias alias)
        {
            _parser.MoveNext();
            if (!_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new YamlException(alias.Start, alias.End, $"The alias *{alias.Value.Value} names no anchor.");
            }
            Count(target.Weight, alias.Start, alias.End);
            return target;
        }
        if (current is NodeEvent node && !node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
        {
            Refuse(DiagnosticCode.TypeTagRefused, SpanOf(node.Start, node.End), node.Tag.Value.Replace("tag:yaml.org,2002:", "!!", StringComparison.Ordinal));
        }
        if (depth > MaxDepth)
        {
            Refuse(DiagnosticCode.NestingTooDeep, SpanOf(current.Start, current.End), MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var result = current switch
        {
            Scalar scalar => ReadScalar(scalar),
            SequenceStart start => ReadSequence(start, depth),
            MappingStart start => ReadMapping(start, depth),
            _ => throw new YamlException(current.Start, current.End, "Unexpected YAML event " + current.GetType().Name + "."),
        };
        if (current is NodeEvent anchored && !anchored.Anchor.IsEmpty)
        {
            _anchors[anchored.Anchor.Value] = result;
        }
        return result;
    }

    private (YamlValue, int) ReadScalar(Scalar scalar)
    {
        _parser.MoveNext();
        // A long text weighs by its size, so a thousand aliases of a megabyte are not "a thousand values".
        var weight = 1 + (scalar.Value.Length / CharactersPerNode);
        Count(weight, scalar.Start, scalar.End);
        var forbidden = DocumentCharacters.FirstForbidden(scalar.Value);
        if (forbidden >= 0)
        {
            _diagnostics.Add(DiagnosticCode.ForbiddenCharacter, SpanOf(scalar.Start, scalar.End), forbidden.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
        var isNull = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain
            && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
        return (new YamlText(SpanOf(scalar.Start, scalar.End), scalar.Value, isNull) { HasForbiddenCharacter = forbidden >= 0 }, weight);
    }

    private (YamlValue, int) ReadSequence(SequenceStart start, int depth)
    {
        _parser.MoveNext();
        var items = new List<YamlValue>();
        var weight = 1;
        SequenceEnd end;
        while (!_parser.TryConsume(out end!))
        {
            var (item, itemWeight) = ReadNode(depth + 1);
            items.Add(item);
            weight += itemWeight;
        }
        Count(1, start.Start, start.End);
        return (new YamlList(SpanOf(start.Start, end.End), items), weight);
    }

    private (YamlValue, int) ReadMapping(MappingStart start, int depth)
    {
        _parser.MoveNext();
        var entries = new List<KeyValuePair<YamlText, YamlValue>>();
        var seen = new Dictionary<string, YamlText>(StringComparer.Ordinal);
        var weight = 1;
        Dictionary<int, (YamlText First, YamlText Last)>? split = null;
        MappingEnd end;
        while (!_parser.TryConsume(out end!))
        {
            var (keyNode, _) = ReadNode(depth + 1);
            if (keyNode is not YamlText key)
            {
                throw new YamlException(Mark(keyNode.Span.StartLine, keyNode.Span.StartColumn), Mark(keyNode.Span.EndLine, keyNode.Span.EndColumn), "A key must be a single word, not a list or a mapping.");
            }
            var (value, valueWeight) = ReadNode(depth + 1);
            // "{text: A chủ trì, phối hợp B thực hiện.}": the comma ended the text; it is read whole
            // below, once however many commas it holds, and said so.
            if (start.Style == YamlDotNet.Core.Events.MappingStyle.Flow && entries.Count > 0 && FlowTextSplit.IsTail(_lines, entries[^1].Value, key, value))
            {
                split ??= [];
                split[entries.Count - 1] = split.TryGetValue(entries.Count - 1, out var tails) ? (tails.First, key) : (key, key);
                continue;
            }
            if (seen.TryGetValue(key.Value, out var first))
            {
                _diagnostics.Add(DiagnosticCode.DuplicateKey, key.Span, key.Value, (first.Span.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }
            seen.Add(key.Value, key);
            entries.Add(new(key, value));
            weight += valueWeight + 1;
        }
        foreach (var (index, tails) in split ?? [])
        {
            var joined = FlowTextSplit.Joined(_lines, (YamlText)entries[index].Value, tails.Last);
            entries[index] = new(entries[index].Key, joined);
            _diagnostics.Add(DiagnosticCode.FlowTextSplit, tails.First.Span, entries[index].Key.Value, tails.First.Value, FlowTextSplit.FixedLine(_lines, joined));
        }
        Count(1, start.Start, start.End);
        return (new YamlMap(SpanOf(start.Start, end.End), entries), weight);
    }

    // Aliases reuse nodes, but whatever reads the tree walks every use: bound that walk here.
    private void Count(int weight, Mark start, Mark end)
    {
        _expanded += weight;
        if (_expanded > _limit)
        {
            Refuse(DiagnosticCode.TooManyAliases, SpanOf(start, end), _limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private void Refuse(DiagnosticCode code, SourceSpan span, string argument)
    {
        _diagnostics.Add(code, span, argument);
        throw new RefusedException();
    }

    private SourceSpan SpanOf(Mark start, Mark end) =>
        new(_file, Math.Max(0, (int)start.Line - 1), Math.Max(0, (int)start.Column - 1), Math.Max(0, (int)end.Line - 1), Math.Max(0, (int)end.Column - 1));

    private static Mark Mark(int line, int column) => new(0, line + 1, column + 1);

    private sealed class RefusedException : Exception;
}
