namespace PlanGen.Core.Check;

/// <summary>A repaired copy of a DOCX, and whether its macros had to be left out (a .docm fixed into a .docx).</summary>
/// <param name="Docx">The copy's bytes.</param>
/// <param name="MacrosDropped">True when the input held macros that a DOCX cannot hold.</param>
public sealed record FixedCopy(byte[] Docx, bool MacrosDropped);
