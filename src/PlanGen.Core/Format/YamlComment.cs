namespace PlanGen.Core.Format;

/// <summary>
/// A comment the plan writer puts above a key, or where the key would stand when the plan leaves it
/// out: what <c>import</c> guessed, what <c>derive</c> leaves to the unit (TODO).
/// </summary>
/// <param name="Path">The key's place, as diagnostics name it: <c>content</c>, <c>issuer.place</c>, <c>extra[1].items[2]</c>.</param>
/// <param name="Text">The comment; each line becomes a line of its own.</param>
public sealed record YamlComment(string Path, string Text);
