using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>
/// What a value of the plan format is and how each side of plangen deals with it: read from the
/// YAML (each fault reported at its place), written back in the examples' style, shown to
/// templates, described in the JSON Schema and in the docs' table.
/// </summary>
/// <typeparam name="T">The model's type for the value.</typeparam>
internal abstract class ValueKind<T>
{
    /// <summary>How the docs' table names the kind: "text", "date", "list of sections".</summary>
    public abstract string Word { get; }

    /// <summary>The value written under <paramref name="key"/> in <paramref name="map"/>; default when absent or faulty.</summary>
    public abstract T? Read(MapLoader map, string key);

    /// <summary>True when there is nothing to write: absent, or an empty list.</summary>
    public virtual bool IsAbsent(T? value) => value is null;

    /// <summary>Writes <c>key: value</c> (or the key and its block) at <paramref name="indent"/>.</summary>
    public abstract void Write(YamlOut yaml, int indent, string key, T value, string path);

    /// <summary>The value as templates see it.</summary>
    public abstract object? Model(T? value);

    /// <summary>Writes the members of the value's schema into the property's object.</summary>
    public abstract void Schema(SchemaOut schema);
}
