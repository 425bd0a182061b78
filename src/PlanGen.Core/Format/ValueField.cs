using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>A row whose value is of one kind, reached in the model through a getter and a setter.</summary>
/// <param name="get">The value to write; null or empty when there is nothing to write.</param>
/// <param name="set">The owner with the value read.</param>
internal sealed class ValueField<TOwner, TValue>(
    string key, ValueKind<TValue> kind, Func<TOwner, TValue?> get, Func<TOwner, TValue, TOwner> set, FieldText text)
    : Field<TOwner>(key, text)
{
    public override string Word => kind.Word;

    public override TOwner Read(MapLoader map, TOwner owner)
    {
        var value = kind.Read(map, Key);
        return kind.IsAbsent(value) ? owner : set(owner, value!);
    }

    public override bool IsPresent(TOwner owner) => !kind.IsAbsent(get(owner));

    public override void Write(YamlOut yaml, int indent, TOwner owner, string path)
    {
        var value = get(owner);
        if (kind.IsAbsent(value))
        {
            yaml.CommentsFor(indent, path); // a comment on a key left out stands where the key would be
            return;
        }
        kind.Write(yaml, indent, Key, value!, path);
    }

    public override object? Model(TOwner owner) => TemplateValue is not null ? TemplateValue(owner) : kind.Model(get(owner));

    public override TOwner Copy(TOwner from, TOwner to)
    {
        var value = get(from);
        return kind.IsAbsent(value) ? to : set(to, value!);
    }

    public override void Schema(SchemaOut schema) => kind.Schema(schema);
}
