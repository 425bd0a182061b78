namespace PlanGen.Core.Document.Grammar;

/// <summary>
/// What a tolerant parse read, and how the text it read departs from the form Decree 30 prescribes
/// (none when it is written exactly so): the recognizer keeps the value, <c>check</c> reports the
/// departures and <c>--fix</c> writes the value back in the decree's form.
/// </summary>
/// <param name="Value">The value read.</param>
/// <param name="Deviations">How the text departs from the decree's form.</param>
public sealed record Parsed<T, TDeviations>(T Value, TDeviations Deviations)
    where TDeviations : struct, Enum;
