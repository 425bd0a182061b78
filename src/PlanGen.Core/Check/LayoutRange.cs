using System.Globalization;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Check;

/// <summary>The values a layout setting may take, and the decree's rule it comes from.</summary>
/// <param name="Min">Smallest allowed value.</param>
/// <param name="Max">Largest allowed value (<see cref="double.MaxValue"/> for "at least").</param>
/// <param name="Rule">The rule in words, as docs/nd30-layout.md states it.</param>
public sealed record LayoutRange(double Min, double Max, string Rule)
{
    /// <summary>True when <paramref name="value"/> is inside the range, give or take <paramref name="tolerance"/>.</summary>
    public bool Allows(double value, double tolerance) => value >= Min - tolerance && value <= Max + tolerance;

    /// <summary>The range as printed: <c>13–14</c>, <c>13</c>, <c>≥ 6</c>.</summary>
    public override string ToString() =>
        Max >= double.MaxValue / 2 ? "≥ " + Print(Min) : Min.Equals(Max) ? Print(Min) : Print(Min) + "–" + Print(Max);

    /// <summary>A number as the messages print it: at most two decimals, invariant culture.</summary>
    public static string Print(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The range as a message argument, printed with the reader's decimal mark (1–1,27 in Vietnamese).</summary>
    public string Measured() => MessageArgument.Measure(ToString());

    /// <summary>A value as a message argument, printed with the reader's decimal mark.</summary>
    public static string Measure(double value) => MessageArgument.Measure(Print(value));
}
