using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>What the recognizer made of a document: the plan, and the notes on what it guessed.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Notes">Comments for the YAML, by key.</param>
/// <param name="Source">The document's path, named in the YAML's first comment.</param>
public sealed record ImportedPlan(Plan Plan, IReadOnlyList<ImportNote> Notes, string Source);
