using PlanGen.Core.Diagnostics;
using PlanGen.Core.Layout;
using PlanGen.Core.Output;

namespace PlanGen.Core.Check;

/// <summary>
/// <c>plangen check</c>'s work for one file: read the DOCX, judge it by the decree's ranges (the
/// very table the writer's profile is held to), narrowed to an office's profile where it sets a value.
/// A PDF is checked for signing instead (<see cref="PlanGenRun.SigningCheck"/>); it is never fixed.
/// </summary>
public static class DecreeCheck
{
    /// <summary>The ranges to judge by: the decree's, or an office profile's own values where they differ from the defaults.</summary>
    public static CheckRanges RangesFor(LayoutProfile? profile)
    {
        var ranges = new Dictionary<string, LayoutRange>(StringComparer.Ordinal);
        foreach (var range in ProfileRanges.All)
        {
            var value = profile is null ? double.NaN : range.Read(profile);
            var chosen = !double.IsNaN(value) && !value.Equals(range.Read(LayoutProfile.Nd30));
            ranges[range.Setting] = chosen
                ? new LayoutRange(value, range.Max >= double.MaxValue / 2 ? range.Max : value, range.Rule)
                : new LayoutRange(range.Min, range.Max, range.Rule);
        }

        var used = profile ?? LayoutProfile.Nd30;
        return new CheckRanges(ranges, used.FontName, used.LandscapeMinColumns);
    }

    /// <summary>
    /// Checks <paramref name="path"/>: a PDF for signing, a DOCX by <paramref name="ranges"/>, or,
    /// given <paramref name="fixedCopy"/>, the DOCX's fixed copy (<see cref="Fix"/>).
    /// </summary>
    /// <returns>False when the file could not be read (or its copy not written).</returns>
    public static bool CheckFile(PlanGenRun run, string path, string? fixedCopy, CheckRanges ranges, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(run);
        return IsPdf(path) ? run.SigningCheck.Check(path, diagnostics)
            : fixedCopy is null ? Run(run, path, ranges, diagnostics)
            : Fix(run, path, fixedCopy, ranges, diagnostics);
    }

    /// <summary>Reads and checks one DOCX; false when it could not be read.</summary>
    public static bool Run(PlanGenRun run, string path, CheckRanges ranges, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(run);
        var document = run.OutputReader.Read(path, diagnostics);
        if (document is null) return false;
        DocumentChecker.Check(document, ranges, diagnostics);
        return true;
    }

    /// <summary>
    /// Writes a fixed copy of <paramref name="path"/> to <paramref name="output"/> (atomically), then
    /// checks the copy: what is left is what could not be fixed mechanically. The input is read
    /// once, and the copy is made from the very bytes that were checked.
    /// </summary>
    /// <returns>False when the input could not be read or the copy not written.</returns>
    public static bool Fix(PlanGenRun run, string path, string output, CheckRanges ranges, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var copy = run.Fixer.Fix(path, ranges, IsMacroEnabled(output), diagnostics);
        if (copy is null) return false;
        if (copy.MacrosDropped)
        {
            diagnostics.Add(DiagnosticCode.DocmMacrosDropped, SourceSpan.WholeFile(output), output, path);
        }
        if (!OutputFile.WriteAtomically(run, output, copy.Docx, overwrite: true, diagnostics)) return false;
        return Run(run, output, ranges, diagnostics);
    }

    /// <summary>
    /// Where a fixed copy goes: the -o file for one input, into the -o folder, or beside the input
    /// as NAME.fixed.docx (NAME.fixed.docm for a macro-enabled document, which stays one).
    /// </summary>
    public static string FixedPath(string input, string? output, bool toFolder) =>
        output is null ? Path.ChangeExtension(input, IsMacroEnabled(input) ? ".fixed.docm" : ".fixed.docx")
        : toFolder || Directory.Exists(output) ? Path.Combine(output, Path.GetFileName(input))
        : output;

    /// <summary>True for a PDF, which is checked for signing and has no fixed copy.</summary>
    public static bool IsPdf(string path) => Path.GetExtension(path).Equals(".pdf", StringComparison.OrdinalIgnoreCase);

    private static bool IsMacroEnabled(string path) => Path.GetExtension(path).Equals(".docm", StringComparison.OrdinalIgnoreCase);

    /// <summary>The DOCX files an argument names: the file itself, or a folder's *.docx in name order.</summary>
    public static IReadOnlyList<string> Expand(string argument) =>
        Directory.Exists(argument)
            ? [.. Directory.GetFiles(argument, "*.docx").Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]
            : [argument];
}
