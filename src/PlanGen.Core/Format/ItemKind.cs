using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>A kind of value that may also stand as an item of a list: a text, a section, a citation.</summary>
internal abstract class ItemKind<T> : ValueKind<T>
{
    /// <summary>The value of one YAML node, named <paramref name="name"/> in diagnostics; default when faulty.</summary>
    public abstract T? ReadItem(YamlValue value, string name, ReadContext context);

    /// <summary>Writes the value as a list item ("- …") at <paramref name="indent"/>.</summary>
    public abstract void WriteItem(YamlOut yaml, int indent, T value, string path);

    /// <summary>The value as an item of a list written on one line (<c>[VT, XD1]</c>), or null when it may not stand there.</summary>
    public virtual string? FlowForm(T value) => null;

    /// <inheritdoc />
    public override T? Read(MapLoader map, string key) =>
        map.Value(key) is { } value ? ReadItem(value, map.Qualified(key), map.Context) : default;
}
