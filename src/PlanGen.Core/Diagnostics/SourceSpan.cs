namespace PlanGen.Core.Diagnostics;

/// <summary>
/// A range in a source file. Stored 0-based (as YamlDotNet and Scriban report them minus one),
/// printed 1-based by the formatters.
/// </summary>
public readonly record struct SourceSpan(string File, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>A span for diagnostics that concern a whole file rather than a place in it.</summary>
    public static SourceSpan WholeFile(string file) => new(file, -1, -1, -1, -1);

    /// <summary>True when the span names a file but no place in it.</summary>
    public bool IsWholeFile => StartLine < 0;

    /// <summary>A zero-width span at one place.</summary>
    public static SourceSpan At(string file, int line, int column) => new(file, line, column, line, column);

    /// <summary>
    /// A place named in words instead of line and column, for documents that have no lines:
    /// <c>paragraph 12</c>, <c>section 2</c>, <c>header of page 2+</c>. Printed as <c>FILE(paragraph 12)</c>.
    /// </summary>
    public string? Place { get; init; }

    /// <summary>A place named in words (see <see cref="Place"/>); <paramref name="line"/> is its number where it has one, else -1.</summary>
    public static SourceSpan Named(string file, string place, int line = -1) => new(file, line, line < 0 ? -1 : 0, line, line < 0 ? -1 : 0) { Place = place };

    /// <inheritdoc />
    public override string ToString() => Place is not null ? $"{File}({Place})" : IsWholeFile ? File : $"{File}({StartLine + 1},{StartColumn + 1})";

    /// <summary>
    /// The span as a reader of <paramref name="language"/> reads it: a named place in that
    /// language's words (<c>FILE(đoạn 12)</c>), line and column as compilers print them.
    /// </summary>
    public string ToString(string language) =>
        Place is not null && language == "vi" ? $"{File}({PlaceWords.Vietnamese(Place)})" : ToString();
}
