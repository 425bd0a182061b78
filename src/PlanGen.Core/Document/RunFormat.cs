namespace PlanGen.Core.Document;

/// <summary>A run's effective character formatting.</summary>
/// <param name="Font">Font family.</param>
/// <param name="SizePt">Size in points.</param>
/// <param name="Bold">Bold.</param>
/// <param name="Italic">Italic.</param>
/// <param name="Underline">Underlined.</param>
/// <param name="AllCaps">Shown in capitals whatever the letters typed.</param>
public sealed record RunFormat(string? Font, double? SizePt, bool Bold, bool Italic, bool Underline, bool AllCaps);
