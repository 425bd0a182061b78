namespace PlanGen.Core.Document.Grammar;

/// <summary>A line read as its numbering label and the text after it: <c>1. Mục đích</c> → clause 1, "Mục đích".</summary>
/// <param name="Label">The label.</param>
/// <param name="Text">The text after the label, trimmed.</param>
public sealed record LabeledText(NumberingLabel Label, string Text);
