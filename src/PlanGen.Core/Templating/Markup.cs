namespace PlanGen.Core.Templating;

/// <summary>
/// Text that is already layout markup (escaped, with <c>&lt;b&gt;</c>/<c>&lt;i&gt;</c> tags). The
/// sandbox writes it as it is; every other value a template prints is escaped.
/// </summary>
internal sealed class Markup(string text)
{
    /// <summary>The markup text.</summary>
    public string Text { get; } = text;

    /// <summary>Where each piece of the text came from, when it is an included partial's output.</summary>
    public IReadOnlyList<MarkupSegment>? Segments { get; init; }

    /// <inheritdoc />
    public override string ToString() => Text;
}
