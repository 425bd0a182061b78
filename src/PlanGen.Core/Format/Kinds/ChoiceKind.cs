using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>
/// One of a few words: read in English or Vietnamese, any letter case (<c>level: xã</c> is
/// <c>commune</c>); written and shown to templates in English; an unknown word lists the choices
/// in the reader's language.
/// </summary>
internal sealed class ChoiceKind<TEnum> : ValueKind<TEnum?>
    where TEnum : struct, Enum
{
    private readonly IReadOnlyList<Choice<TEnum>> _choices;
    private readonly Dictionary<string, TEnum> _byWord = new(StringComparer.Ordinal);

    public ChoiceKind(params Choice<TEnum>[] choices)
    {
        _choices = choices;
        foreach (var choice in choices)
        {
            foreach (var word in AcceptedWords(choice))
            {
                _byWord.Add(word.ToLowerInvariant(), choice.Value);
            }
        }
    }

    /// <summary>Every word accepted, English first.</summary>
    public IEnumerable<string> Words => _choices.SelectMany(AcceptedWords);

    public override string Word => "one of: " + string.Join(", ", _choices.Select(c => $"{c.Word} ({c.Vietnamese})"));

    /// <summary>The value a word names, or null.</summary>
    public TEnum? Parse(string text) => _byWord.TryGetValue(text.Trim().ToLowerInvariant(), out var value) ? value : null;

    /// <summary>The English word of a value.</summary>
    public string WordOf(TEnum value) => _choices.First(c => c.Value.Equals(value)).Word;

    /// <summary>The Vietnamese word of a value, as a document prints it.</summary>
    public string VietnameseOf(TEnum value) => _choices.First(c => c.Value.Equals(value)).Vietnamese;

    public override TEnum? Read(MapLoader map, string key)
    {
        var text = map.Text(key);
        if (text is null)
        {
            return null;
        }
        if (Parse(text) is { } value)
        {
            return value;
        }
        map.Context.Diagnostics.Add(DiagnosticCode.InvalidChoice, map.Spans[key], text, map.Qualified(key), ChoicesArgument());
        return null;
    }

    /// <summary>The choices as a message argument: English words for an English reader, Vietnamese ones (with the English) for a Vietnamese one.</summary>
    public string ChoicesArgument() => MessageArgument.Phrase("choices",
        string.Join(", ", _choices.Select(c => c.Word)),
        string.Join(", ", _choices.Select(c => $"{c.Vietnamese} ({c.Word})")));

    public override void Write(YamlOut yaml, int indent, string key, TEnum? value, string path) =>
        yaml.Pair(indent, key, WordOf(value!.Value), path);

    public override object? Model(TEnum? value) => value is { } v ? WordOf(v) : null;

    public override void Schema(SchemaOut schema)
    {
        schema.Json.WriteStartArray("enum");
        foreach (var word in Words)
        {
            schema.Json.WriteStringValue(word);
        }
        schema.Json.WriteEndArray();
    }

    private static IEnumerable<string> AcceptedWords(Choice<TEnum> choice) => [choice.Word, choice.Vietnamese, .. choice.Also];
}
