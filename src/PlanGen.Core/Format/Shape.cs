using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Templating;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>
/// A mapping of the plan format — the plan itself, an issuer, a section, a task — as a table of
/// rows over one model record. Some may also be written as a plain text (a section of one
/// paragraph, a citation written out in full).
/// </summary>
/// <typeparam name="T">The model record.</typeparam>
internal sealed class Shape<T> : ItemKind<T>, IShape
    where T : ModelNode
{
    private string[]? _keys;
    private Dictionary<string, Field<T>>? _byKey;
    private TypedKeys? _typed;

    /// <summary>Its name in the schema's definitions, the docs and template errors: "issuer", "section".</summary>
    public required string Name { get; init; }

    /// <summary>What it is.</summary>
    public required FieldText Text { get; init; }

    /// <summary>An empty record, before any key is read into it.</summary>
    public required Func<T> Create { get; init; }

    /// <summary>The rows, in the order the writer writes them.</summary>
    public required IReadOnlyList<Field<T>> Fields { get; init; }

    /// <summary>The record a plain text stands for, or null when a text may not stand here.</summary>
    public Func<string, SourceSpan, T>? FromText { get; init; }

    /// <summary>The key a plain text fills (<c>text</c>, a parent's <c>path</c>).</summary>
    public string? TextKey { get; init; }

    /// <summary>The text under <see cref="TextKey"/> when one plain text can say it (one paragraph, not a list).</summary>
    public Func<T, string?>? TextOf { get; init; }

    /// <summary>What a plain text stands for, in the docs and the schema.</summary>
    public FieldText? TextMeans { get; init; }

    /// <summary>Checks between keys and values filled in once every key is read.</summary>
    public Func<T, MapLoader, T>? Finish { get; init; }

    /// <summary>Values templates see besides the rows: computed ones (<c>number_ref</c>, <c>authority_lines</c>).</summary>
    public IReadOnlyList<(string Name, Func<T, object?> Value)> Computed { get; init; } = [];

    /// <inheritdoc />
    public FieldText? TextForm => FromText is null ? null : TextMeans ?? Text;

    /// <inheritdoc />
    public IEnumerable<IFieldRow> Rows => Fields;

    /// <summary>The keys a mapping of this shape may hold.</summary>
    public string[] Keys => _keys ??= [.. Fields.Select(f => f.Key)];

    private Dictionary<string, Field<T>> ByKey => _byKey ??= Fields.ToDictionary(f => f.Key, StringComparer.Ordinal);

    private TypedKeys Typed => _typed ??= new TypedKeys(Fields.Select(f => (f.Key, f.TypedAs)));

    /// <summary>The key an unknown one written in this mapping stands for, or null.</summary>
    public string? Suggest(string written) => Typed.Suggest(written);

    /// <summary>The text the record is written as, when it says nothing but what a plain text says; else null.</summary>
    public string? AsText(T value) =>
        TextOf is not null && Fields.All(f => f.Key == TextKey || !f.IsPresent(value)) ? TextOf(value) : null;

    public override string Word => FromText is null ? Name : Name + " or text";

    public override T? ReadItem(YamlValue value, string name, ReadContext context)
    {
        if (value is YamlText text && FromText is not null)
        {
            return context.Text(text, name) is { } written ? (T)(FromText(written, text.Span) with { Span = text.Span }) : null;
        }
        var map = context.Map(value, name, Keys, Suggest);
        return map is null ? null : ReadMap(map);
    }

    /// <summary>The record of a mapping read with this shape's keys.</summary>
    public T ReadMap(MapLoader map)
    {
        var record = Create();
        foreach (var key in map.Keys)
        {
            record = ByKey[key].Read(map, record);
        }
        foreach (var field in Fields)
        {
            if (field.Required && map.Value(field.Key) is null or YamlText { IsNull: true })
            {
                map.Missing(field.Key, field.Text.Vi, field.Text.En);
            }
        }
        foreach (var field in Fields)
        {
            if (field.Companion is { } companion && map.Has(field.Key) && !companion.IsThere(record))
            {
                var needed = ByKey.GetValueOrDefault(companion.Key)?.Text;
                map.Missing(companion.Key, needed?.Vi, needed?.En, map.Spans[field.Key]);
            }
        }
        record = (T)(record with { Span = map.Span, FieldSpans = map.Spans });
        return Finish is null ? record : Finish(record, map);
    }

    public override void Write(YamlOut yaml, int indent, string key, T value, string path)
    {
        if (AsText(value) is { } text)
        {
            yaml.Pair(indent, key, YamlEmitter.Scalar(text), path);
            return;
        }
        yaml.Key(indent, key, path);
        WriteFields(yaml, indent + 2, value, path);
    }

    public override void WriteItem(YamlOut yaml, int indent, T value, string path)
    {
        if (AsText(value) is { } text)
        {
            yaml.Item(indent, YamlEmitter.Scalar(text), path);
            return;
        }
        yaml.BeginItem(indent, path);
        WriteFields(yaml, indent + 2, value, path);
        yaml.EndItem();
    }

    /// <summary>Writes the rows of <paramref name="value"/>, each under its key, in the table's order.</summary>
    public void WriteFields(YamlOut yaml, int indent, T value, string path)
    {
        foreach (var field in Fields)
        {
            if (field.StartsGroup)
            {
                yaml.Group();
            }
            field.Write(yaml, indent, value, path.Length == 0 ? field.Key : path + "." + field.Key);
        }
    }

    public override object? Model(T? value)
    {
        if (value is null)
        {
            return null;
        }
        var model = new ModelObject(Name, value);
        foreach (var field in Fields)
        {
            if (field.TemplateName is { } name)
            {
                model[name] = field.Model(value);
            }
        }
        foreach (var (name, computed) in Computed)
        {
            model[name] = computed(value);
        }
        return model;
    }

    public override void Schema(SchemaOut schema) => schema.Ref(Name, Define);

    private void Define(SchemaOut schema)
    {
        schema.Json.WriteString("description", Text.Both);
        if (TextForm is { } form)
        {
            schema.OneOf(s => { s.String(); s.Json.WriteString("description", form.Both); }, WriteObject);
        }
        else
        {
            WriteObject(schema);
        }
    }

    /// <summary>The members of the mapping's own schema: its keys, which are required, no others.</summary>
    public void WriteObject(SchemaOut schema) =>
        schema.Mapping(Fields.Where(f => f.Required).Select(f => f.Key), [.. Fields.Select(f => (f.Key, f.Text, (Action<SchemaOut>)f.Schema))]);
}
