namespace PlanGen.Core.Format.Kinds;

/// <summary>One value of an enumeration as the plan writes it.</summary>
/// <param name="Value">The model's value.</param>
/// <param name="Word">The English word plangen writes and templates see: <c>commune</c>.</param>
/// <param name="Vietnamese">The Vietnamese word shown to Vietnamese readers and accepted: <c>xã</c>.</param>
/// <param name="Also">Other words accepted for it: <c>phường</c>, <c>thị trấn</c>.</param>
internal sealed record Choice<TEnum>(TEnum Value, string Word, string Vietnamese, params string[] Also)
    where TEnum : struct, Enum;
