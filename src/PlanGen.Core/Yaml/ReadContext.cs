using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Yaml;

/// <summary>The diagnostics of one file being read, and the conversions every reader shares.</summary>
internal sealed class ReadContext(string file, DiagnosticBag diagnostics)
{
    public string File { get; } = file;

    /// <summary>
    /// The mapping a file of keys (a plan, a layout profile) holds, or null after reporting why
    /// there is none: the YAML is broken, empty, or holds a list or a text instead (PG1003).
    /// </summary>
    public static YamlMap? RootMapping(string text, string file, DiagnosticBag diagnostics)
    {
        var root = YamlTreeLoader.Load(text, file, diagnostics);
        if (root is not null and not YamlMap)
        {
            diagnostics.Add(DiagnosticCode.RootNotMapping, root.Span, root.KindWord);
        }
        return root as YamlMap;
    }

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>
    /// The footnote references <c>[^n]</c> of every text read so far, with the text's place, so the
    /// document can hold them against its <c>footnotes:</c> when it is read to the end.
    /// </summary>
    public List<(int Number, SourceSpan Span)> FootnoteReferences { get; } = [];

    /// <summary>A scalar's text (NFC, checked), or null with PG1004 when the value is a list or mapping.</summary>
    public string? Text(YamlValue? value, string name)
    {
        switch (value)
        {
            case null:
            case YamlText { IsNull: true }:
                return null;
            case YamlText text:
                var checkedText = TextChecks.Check(text, Diagnostics);
                foreach (var number in Core.Text.FootnoteMarks.Numbers(checkedText))
                {
                    FootnoteReferences.Add((number, text.Span));
                }
                return checkedText;
            default:
                WrongType(value, name, MessageArgument.Word("text"));
                return null;
        }
    }

    /// <summary>A list of texts; a single text is a list of one.</summary>
    public List<(string Text, YamlText Node)> Texts(YamlValue? value, string name)
    {
        var result = new List<(string, YamlText)>();
        foreach (var item in Items(value, name, allowSingle: true))
        {
            if (item is YamlText node && Text(item, name) is { } text)
            {
                result.Add((text, node));
            }
            else if (item is not YamlText)
            {
                WrongType(item, name, MessageArgument.Word("text"));
            }
        }
        return result;
    }

    /// <summary>The items of a list; with <paramref name="allowSingle"/> a lone value is a list of one.</summary>
    public IReadOnlyList<YamlValue> Items(YamlValue? value, string name, bool allowSingle = false) => value switch
    {
        null or YamlText { IsNull: true } => [],
        YamlList list => list.Items,
        _ when allowSingle => [value],
        _ => WrongTypeList(value, name),
    };

    /// <summary>A mapping reader for <paramref name="value"/>, or null with PG1004 when it is not a mapping.</summary>
    public MapLoader? Map(YamlValue? value, string name, params string[] allowed) => Map(value, name, allowed, null);

    /// <summary>As <see cref="Map(YamlValue?, string, string[])"/>, with the key an unknown one stands for.</summary>
    public MapLoader? Map(YamlValue? value, string name, string[] allowed, Func<string, string?>? suggest)
    {
        switch (value)
        {
            case null or YamlText { IsNull: true }:
                return null;
            case YamlMap map:
                return new MapLoader(map, name, allowed, this, suggest);
            default:
                WrongType(value, name, MessageArgument.Word("mapping"));
                return null;
        }
    }

    public void WrongType(YamlValue value, string name, string expected) =>
        Diagnostics.Add(DiagnosticCode.WrongType, value.Span, name, expected, value.KindWord);

    private IReadOnlyList<YamlValue> WrongTypeList(YamlValue value, string name)
    {
        WrongType(value, name, MessageArgument.Word("list"));
        return [];
    }
}
