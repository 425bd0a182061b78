namespace PlanGen.Core.Format;

/// <summary>Makes the rows of one mapping's table: <c>Rows&lt;Plan&gt;.Of("theme", …)</c>.</summary>
/// <typeparam name="TOwner">The model record the mapping is read into.</typeparam>
internal static class Rows<TOwner>
{
    /// <summary>A row: its key, its kind, how the model gives and takes its value, and what it means in Vietnamese and English.</summary>
    public static Field<TOwner> Of<TValue>(
        string key, ValueKind<TValue> kind, Func<TOwner, TValue?> get, Func<TOwner, TValue, TOwner> set, string vi, string en) =>
        new ValueField<TOwner, TValue>(key, kind, get, set, new FieldText(vi, en));
}
