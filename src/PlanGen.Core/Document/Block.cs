namespace PlanGen.Core.Document;

/// <summary>A node of the document body: a paragraph, a numbered division or a list item.</summary>
public abstract record Block;
