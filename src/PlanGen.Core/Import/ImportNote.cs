namespace PlanGen.Core.Import;

/// <summary>A comment the YAML writer puts above a key: where the importer guessed or kept unplaced text.</summary>
/// <param name="Key">The key it belongs to: a root key (<c>content</c>) or an issuer key (<c>issuer.place</c>).</param>
/// <param name="Text">The comment, one line.</param>
public sealed record ImportNote(string Key, string Text);
