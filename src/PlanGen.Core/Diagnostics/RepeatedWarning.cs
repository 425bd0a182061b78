namespace PlanGen.Core.Diagnostics;

/// <summary>A warning code that came up more often than is worth printing: how often, in how many plans.</summary>
/// <param name="Code">The code.</param>
/// <param name="Count">How many times it was reported in the run.</param>
/// <param name="Plans">How many plans reported it.</param>
/// <param name="Shown">How many of them were printed.</param>
public sealed record RepeatedWarning(DiagnosticCode Code, int Count, int Plans, int Shown);
