namespace PlanGen.Core.Templating;

/// <summary>
/// A stretch of rendered markup and the template text that produced it: literal template text
/// (mapped character by character) or the output of one expression (mapped to the expression).
/// </summary>
/// <param name="Start">Offset of the stretch in the markup.</param>
/// <param name="Length">Its length.</param>
/// <param name="File">The template file it came from.</param>
/// <param name="Source">For literal text, that file's text; null for an expression's output.</param>
/// <param name="SourceOffset">For literal text, the offset in <paramref name="Source"/> of the stretch's first character.</param>
/// <param name="Expression">For an expression's output, the expression's place in its file.</param>
internal sealed record MarkupSegment(int Start, int Length, string File, string? Source, int SourceOffset, Scriban.Parsing.SourceSpan Expression)
{
    /// <summary>The same stretch moved by <paramref name="shift"/> characters of markup.</summary>
    public MarkupSegment Shifted(int shift) => this with { Start = Start + shift };
}
