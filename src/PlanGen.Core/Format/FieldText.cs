namespace PlanGen.Core.Format;

/// <summary>What a field of the plan format means, in Vietnamese and in English: the schema's descriptions and the docs' table.</summary>
/// <param name="Vi">In Vietnamese, as a clerk reads it.</param>
/// <param name="En">In English.</param>
public readonly record struct FieldText(string Vi, string En)
{
    /// <summary>Both, Vietnamese first, as editors show them on hover.</summary>
    public string Both => Vi + " / " + En;
}
