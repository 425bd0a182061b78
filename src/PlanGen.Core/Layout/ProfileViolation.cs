namespace PlanGen.Core.Layout;

/// <summary>A profile value outside the decree's range.</summary>
/// <param name="Setting">The profile property, e.g. <c>MarginTopMm</c>.</param>
/// <param name="Value">The value given (NaN for a text setting).</param>
/// <param name="Rule">The rule it breaks, as docs/nd30-layout.md words it.</param>
public sealed record ProfileViolation(string Setting, double Value, string Rule);
