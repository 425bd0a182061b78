using PlanGen.Core.Diagnostics;
using PlanGen.Core.Text;

namespace PlanGen.Core.Yaml;

/// <summary>
/// Reads the fields of one YAML mapping against the keys allowed there: unknown keys are reported
/// with the closest allowed key ("titel" → "title"), missing required keys at the mapping, and the
/// span of each value is kept for the model.
/// </summary>
internal sealed class MapLoader
{
    private readonly YamlMap _map;
    private readonly string _name;
    private readonly string[] _allowed;
    private readonly ReadContext _context;
    private readonly Dictionary<string, YamlValue> _values = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly Func<string, string?>? _suggest;

    /// <param name="suggest">
    /// The allowed key an unknown one stands for ("noi_dung" → "content"), when the caller knows
    /// better than the spelling distance; null to use the distance alone.
    /// </param>
    public MapLoader(YamlMap map, string name, string[] allowed, ReadContext context, Func<string, string?>? suggest = null)
    {
        _map = map;
        _name = name;
        _allowed = allowed;
        _context = context;
        _suggest = suggest;
        var unknown = 0;
        foreach (var (key, value) in map.Entries)
        {
            if (Array.IndexOf(allowed, key.Value) >= 0)
            {
                _values[key.Value] = value;
                _keys.Add(key.Value);
                Spans[key.Value] = value is YamlText { IsNull: true } ? key.Span : value.Span;
            }
            else if (++unknown <= MaxUnknownReported)
            {
                ReportUnknown(key);
            }
        }
        if (unknown > MaxUnknownReported)
        {
            // A file that is not what it was named as (units: /etc/passwd) is not echoed line by line.
            context.Diagnostics.Add(DiagnosticCode.MoreUnknownFields, StartOf(map.Span), (unknown - MaxUnknownReported).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Unknown keys reported one by one in a mapping; the rest are counted in one PG1019.</summary>
    internal const int MaxUnknownReported = 20;

    public ReadContext Context => _context;

    public SourceSpan Span => _map.Span;

    /// <summary>The allowed keys present, in the order written.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>The spans of the values present, by key.</summary>
    public Dictionary<string, SourceSpan> Spans { get; } = new(StringComparer.Ordinal);

    public bool Has(string key) => _values.TryGetValue(key, out var v) && v is not YamlText { IsNull: true };

    public YamlValue? Value(string key) => _values.GetValueOrDefault(key);

    public string? Text(string key) => _context.Text(Value(key), Qualified(key));

    public string RequiredText(string key)
    {
        var text = Text(key);
        if (text is null && Value(key) is null or YamlText)
        {
            Missing(key);
        }
        return text ?? "";
    }

    public YamlText? Node(string key) => Value(key) as YamlText;

    public MapLoader? Map(string key, params string[] allowed) => _context.Map(Value(key), Qualified(key), allowed);

    public IReadOnlyList<YamlValue> Items(string key, bool allowSingle = false) => _context.Items(Value(key), Qualified(key), allowSingle);

    public List<(string Text, YamlText Node)> Texts(string key) => _context.Texts(Value(key), Qualified(key));

    public void Missing(string key) => Missing(key, null, null);

    /// <summary>
    /// Reports <paramref name="key"/> missing, named by what it means (<paramref name="vietnamese"/>,
    /// <paramref name="english"/>: the format's description) and placed at <paramref name="at"/>, by
    /// default where this mapping starts.
    /// </summary>
    public void Missing(string key, string? vietnamese, string? english, SourceSpan? at = null) =>
        _context.Diagnostics.Add(DiagnosticCode.MissingField, at ?? (_values.TryGetValue(key, out var v) ? v.Span : StartOf(_map.Span)),
            MissingFields.Arguments(key, _name, _map.Span, vietnamese, english));

    public string Qualified(string key) => _name.Length == 0 ? key : _name + "." + key;

    private void ReportUnknown(YamlText key)
    {
        var closest = _suggest is not null ? _suggest(key.Value) : Suggestions.Closest(key.Value, _allowed, 1) is { Count: > 0 } near ? near[0] : null;
        // The key it most likely stands for says what to do; without one, the keys allowed here do.
        var advice = closest is not null
            ? MessageArgument.Phrase("didyoumean", closest)
            : MessageArgument.Phrase("allowedkeys", string.Join(", ", _allowed));
        _context.Diagnostics.Add(DiagnosticCode.UnknownField, key.Span, Qualified(key.Value), advice);
    }

    private static SourceSpan StartOf(SourceSpan span) => span with { EndLine = span.StartLine, EndColumn = span.StartColumn };
}
