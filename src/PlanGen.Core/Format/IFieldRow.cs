namespace PlanGen.Core.Format;

/// <summary>A row of the format's table as the docs show it, whatever record it fills.</summary>
internal interface IFieldRow
{
    /// <summary>The key as written in YAML.</summary>
    string Key { get; }

    /// <summary>How the docs name its value.</summary>
    string Word { get; }

    /// <summary>What it means.</summary>
    FieldText Text { get; }

    /// <summary>A plan must write it.</summary>
    bool Required { get; }

    /// <summary>What <c>derive</c> does with the parent's value.</summary>
    DeriveRule Derive { get; }

    /// <summary>Vietnamese keys suggested as this one.</summary>
    IReadOnlyList<string> TypedAs { get; }

    /// <summary>The key that must be written with this one, if any.</summary>
    string? NeedsKey { get; }
}
