namespace PlanGen.Core.Format;

/// <summary>How a model record gives (<see cref="Get"/>) and takes (<see cref="Set"/>) one of its values.</summary>
internal sealed record Access<T, TValue>(Func<T, TValue?> Get, Func<T, TValue, T> Set);
