using PlanGen.Core.Check;
using PlanGen.Core.Diagnostics;
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

    /// <summary>The DOCX files an argument names: the file itself, or a folder's *.docx in name order.</summary>
    public static IReadOnlyList<string> Expand(string argument) =>
        Directory.Exists(argument)
            ? [.. Directory.GetFiles(argument, "*.docx").Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]
            : [argument];
}
