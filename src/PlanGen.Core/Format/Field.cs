using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>
/// One row of the format's table: a key of a mapping, what it means, and how its value is read,
/// written, shown to templates, described and carried into a derived plan.
/// </summary>
/// <typeparam name="TOwner">The model record the mapping is read into.</typeparam>
internal abstract class Field<TOwner>(string key, FieldText text) : IFieldRow
{
    /// <summary>The key as written in YAML.</summary>
    public string Key { get; } = key;

    /// <summary>What it means, in Vietnamese and English.</summary>
    public FieldText Text { get; } = text;

    /// <summary>A plan must write it (PG1005 when it does not).</summary>
    public bool Required { get; private set; }

    /// <summary>What <c>derive</c> does with the parent's value.</summary>
    public DeriveRule Derive { get; private set; }

    /// <summary>A blank line goes before it, and before the next key written when it is left out.</summary>
    public bool StartsGroup { get; private set; }

    /// <summary>Keys a clerk may type for it in Vietnamese (<c>noi_dung</c>), suggested as this one.</summary>
    public IReadOnlyList<string> TypedAs { get; private set; } = [];

    /// <summary>The name templates see it by; null when they do not see it under this row.</summary>
    public string? TemplateName { get; private set; } = key;

    /// <summary>The value templates see, when it is not the written one (a default filled in, a computed form).</summary>
    protected Func<TOwner, object?>? TemplateValue { get; private set; }

    /// <summary>Another key this one is printed with, which must then be there too, and how to tell it is.</summary>
    public (string Key, Func<TOwner, bool> IsThere)? Companion { get; private set; }

    /// <inheritdoc />
    public string? NeedsKey => Companion?.Key;

    /// <summary>How the docs' table names the value.</summary>
    public abstract string Word { get; }

    /// <summary>Reads the value under <see cref="Key"/> into <paramref name="owner"/>.</summary>
    public abstract TOwner Read(MapLoader map, TOwner owner);

    /// <summary>True when <paramref name="owner"/> has something to write under this key.</summary>
    public abstract bool IsPresent(TOwner owner);

    /// <summary>Writes the key and its value (nothing but its comments when absent).</summary>
    public abstract void Write(YamlOut yaml, int indent, TOwner owner, string path);

    /// <summary>The value templates see.</summary>
    public abstract object? Model(TOwner owner);

    /// <summary><paramref name="to"/> with this field's value taken from <paramref name="from"/>.</summary>
    public abstract TOwner Copy(TOwner from, TOwner to);

    /// <summary>Writes the members of the value's schema.</summary>
    public abstract void Schema(SchemaOut schema);

    /// <summary>Marks the field required.</summary>
    public Field<TOwner> Needed()
    {
        Required = true;
        return this;
    }

    /// <summary>Marks the field copied from the parent by <c>derive</c>.</summary>
    public Field<TOwner> Copied()
    {
        Derive = DeriveRule.Copy;
        return this;
    }

    /// <summary>Starts a group of keys, written after a blank line.</summary>
    public Field<TOwner> Grouped()
    {
        StartsGroup = true;
        return this;
    }

    /// <summary>Vietnamese keys a clerk may type for this one.</summary>
    public Field<TOwner> Typed(params string[] keys)
    {
        TypedAs = keys;
        return this;
    }

    /// <summary>
    /// When this field is written, <paramref name="key"/> must be too (PG1005 at this one): the
    /// value is printed inside that one (a source of funds inside the budget part).
    /// </summary>
    public Field<TOwner> Needs(string key, Func<TOwner, bool> isThere)
    {
        Companion = (key, isThere);
        return this;
    }

    /// <summary>Templates see it under <paramref name="name"/> (null: not at all), as <paramref name="value"/> when given.</summary>
    public Field<TOwner> Shown(string? name, Func<TOwner, object?>? value = null)
    {
        TemplateName = name;
        TemplateValue = value;
        return this;
    }
}
