namespace PlanGen.Core.Format;

/// <summary>What <c>plangen derive</c> does with a field of the parent when it writes a sub-plan.</summary>
public enum DeriveRule
{
    /// <summary>The sub-plan says its own: derive writes a value of its own making, or leaves the field to the unit.</summary>
    Own,
    /// <summary>The sub-plan says what the parent says (the template, the theme of the year): copied as it is.</summary>
    Copy,
}
