namespace PlanGen.Core.Diagnostics;

/// <summary>
/// The order diagnostics are printed in: each file's by line, then column (a clerk works down the
/// file), whatever order the checks found them in; the files in the order they first appear, and
/// a file's diagnostics without a place (about the whole file) before the others.
/// </summary>
public static class DiagnosticOrder
{
    /// <summary><paramref name="diagnostics"/> in printing order; diagnostics at the same place keep their order.</summary>
    public static IReadOnlyList<Diagnostic> ByPlace(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var fileOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            fileOrder.TryAdd(diagnostic.Span.File ?? "", fileOrder.Count);
        }
        // OrderBy is stable: equal places keep the order they were reported in.
        return [.. diagnostics
            .OrderBy(d => fileOrder[d.Span.File ?? ""])
            .ThenBy(d => d.Span.StartLine)
            .ThenBy(d => d.Span.StartColumn)];
    }
}
