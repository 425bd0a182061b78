using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using PlanGen.Core;
using PlanGen.Core.Check;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Output;
using PlanGen.Docx.Fixing;
using PlanGen.Docx.Reading;

namespace PlanGen.Docx.Checking;

/// <summary>
/// <c>plangen check</c>'s work for one file: read the DOCX, judge it by the decree's ranges (the
/// very table the writer's profile is held to), narrowed to an office's profile where it sets a value.
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

    /// <summary>Reads and checks one file; false when it could not be read.</summary>
    public static bool Run(string path, CheckRanges ranges, DiagnosticBag diagnostics)
    {
        var document = new DocxReader().Read(path, diagnostics);
        if (document is null) return false;
        DocumentChecker.Check(document, ranges, diagnostics);
        return true;
    }

    /// <summary>
    /// Writes a fixed copy of <paramref name="path"/> to <paramref name="output"/> (atomically), then
    /// checks the copy: what is left is what could not be fixed mechanically. The input is read
    /// once, and the copy is made from the very bytes that were checked. A package the reader took
    /// but the Open XML SDK refuses to open is damaged (PG5003), not a failure of the run.
    /// </summary>
    /// <returns>False when the input could not be read or the copy not written.</returns>
    public static bool Fix(PlanGenRun run, string path, string output, CheckRanges ranges, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var bytes = DocxReader.ReadFile(path, diagnostics);
        var document = bytes is null ? null : DocxReader.Read(path, bytes, diagnostics);
        if (document is null) return false;
        FixedCopy copy;
        try
        {
            copy = DocxFixer.Fix(bytes!, document, ranges, IsMacroEnabled(output));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            diagnostics.Add(DiagnosticCode.DocxCorrupt, SourceSpan.WholeFile(path), path, string.Join(' ', e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
            return false;
        }
        if (copy.MacrosDropped)
        {
            diagnostics.Add(DiagnosticCode.DocmMacrosDropped, SourceSpan.WholeFile(output), output, path);
        }
        if (!OutputFile.WriteAtomically(run, output, copy.Docx, overwrite: true, diagnostics)) return false;
        return Run(output, ranges, diagnostics);
    }

    /// <summary>
    /// Where a fixed copy goes: the -o file for one input, into the -o folder, or beside the input
    /// as NAME.fixed.docx (NAME.fixed.docm for a macro-enabled document, which stays one).
    /// </summary>
    public static string FixedPath(string input, string? output, bool toFolder) =>
        output is null ? Path.ChangeExtension(input, IsMacroEnabled(input) ? ".fixed.docm" : ".fixed.docx")
        : toFolder || Directory.Exists(output) ? Path.Combine(output, Path.GetFileName(input))
        : output;

    private static bool IsMacroEnabled(string path) => Path.GetExtension(path).Equals(".docm", StringComparison.OrdinalIgnoreCase);

    /// <summary>The DOCX files an argument names: the file itself, or a folder's *.docx in name order.</summary>
    public static IReadOnlyList<string> Expand(string argument) =>
        Directory.Exists(argument)
            ? [.. Directory.GetFiles(argument, "*.docx").Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]
            : [argument];
}
