using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format.Kinds;

/// <summary>A list of items of one kind: sections, citations, task groups, recipients.</summary>
/// <param name="item">The items' kind, asked for when first needed (a section's items are sections).</param>
internal sealed class ListKind<T>(Func<ItemKind<T>> item) : ValueKind<IReadOnlyList<T>>
{
    private ItemKind<T> Item => item();

    /// <summary>A line written as a comment above each item, e.g. a task group's numeral ("# III").</summary>
    public Func<T, string>? Label { get; init; }

    public override string Word => "list of " + Item.Word switch
    {
        "text" => "texts",
        var word when word.EndsWith(" or text", StringComparison.Ordinal) => word[..^8] + "s or texts",
        var word => word + "s",
    };

    public override IReadOnlyList<T>? Read(MapLoader map, string key)
    {
        var items = new List<T>();
        var values = map.Items(key);
        for (var i = 0; i < values.Count; i++)
        {
            if (Item.ReadItem(values[i], $"{map.Qualified(key)}[{i + 1}]", map.Context) is { } value)
            {
                items.Add(value);
            }
        }
        return items;
    }

    public override bool IsAbsent(IReadOnlyList<T>? value) => value is null || value.Count == 0;

    public override void Write(YamlOut yaml, int indent, string key, IReadOnlyList<T> value, string path)
    {
        yaml.Key(indent, key, path);
        for (var i = 0; i < value.Count; i++)
        {
            if (Label is not null)
            {
                yaml.Comment(indent + 2, Label(value[i]));
            }
            Item.WriteItem(yaml, indent + 2, value[i], $"{path}[{i + 1}]");
        }
    }

    public override object? Model(IReadOnlyList<T>? value) => Models.List(value ?? [], v => Item.Model(v));

    public override void Schema(SchemaOut schema) => schema.ListOf(Item.Schema);
}
