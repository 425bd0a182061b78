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

    /// <inheritdoc />
    public override string ToString() => IsWholeFile ? File : $"{File}({StartLine + 1},{StartColumn + 1})";
}
