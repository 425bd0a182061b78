using System.Text;
using PlanGen.Core.Hierarchy.Derive;

namespace PlanGen.Core.Import;

/// <summary>
/// Lines of block YAML with indentation, every text through <see cref="YamlScalar"/> (the one
/// quoting helper), and the importer's notes written as comments above their keys.
/// </summary>
internal sealed class YamlBuilder(IReadOnlyList<ImportNote> notes)
{
    private readonly StringBuilder _text = new();
    private readonly HashSet<string> _noted = new(StringComparer.Ordinal);

    public void Blank()
    {
        if (_text.Length > 0 && !_text.ToString().EndsWith("\n\n", StringComparison.Ordinal)) _text.Append('\n');
    }

    public void Comment(int indent, string text)
    {
        foreach (var line in text.Split('\n')) _text.Append(' ', indent).Append("# ").Append(line).Append('\n');
    }

    /// <summary>The notes for <paramref name="path"/>, once.</summary>
    public void Notes(int indent, string path)
    {
        if (!_noted.Add(path)) return;
        foreach (var note in notes.Where(n => n.Key == path)) Comment(indent, note.Text);
    }

    public void Key(int indent, string key, string? path = null)
    {
        Notes(indent, path ?? key);
        _text.Append(' ', indent).Append(key).Append(":\n");
    }

    /// <summary>A text value, quoted where needed; nothing when null.</summary>
    public void Scalar(int indent, string key, string? value, string? path = null)
    {
        if (value is null) return;
        Notes(indent, path ?? key);
        _text.Append(' ', indent).Append(key).Append(": ").Append(YamlScalar.Of(value)).Append('\n');
    }

    /// <summary>A value YAML must read as written (numbers, dates, enum words); nothing when null.</summary>
    public void Raw(int indent, string key, string? value, string? path = null)
    {
        if (value is null) return;
        Notes(indent, path ?? key);
        _text.Append(' ', indent).Append(key).Append(": ").Append(value).Append('\n');
    }

    public void Flow(int indent, string key, IReadOnlyList<string> values)
    {
        Notes(indent, key);
        _text.Append(' ', indent).Append(key).Append(": [").Append(string.Join(", ", values.Select(FlowScalar))).Append("]\n");
    }

    /// <summary>A list item holding text.</summary>
    public void Item(int indent, string value) => _text.Append(' ', indent).Append("- ").Append(YamlScalar.Of(value)).Append('\n');

    /// <summary>A list item that is a mapping: its keys written by <paramref name="body"/> at indent + 2, the first after "- ".</summary>
    public void MapItem(int indent, Action<YamlBuilder, int> body)
    {
        var inner = new YamlBuilder([]);
        body(inner, indent + 2);
        var text = inner.ToString();
        if (text.Length == 0) return;
        _text.Append(' ', indent).Append("- ").Append(text.AsSpan(indent + 2));
    }

    // In a flow list a comma or bracket ends the value, so such values are quoted too.
    private static string FlowScalar(string value)
    {
        var scalar = YamlScalar.Of(value);
        return scalar.StartsWith('"') || value.IndexOfAny([',', '[', ']', '{', '}']) < 0 ? scalar : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    public override string ToString() => _text.ToString();
}
