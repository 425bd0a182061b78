using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Layout;

/// <summary>
/// An office's own layout values, e.g. <c>body_size_pt: 13</c> and <c>margin_top_mm: 25</c>, over
/// the Decree 30 defaults. Only values inside the decree's ranges are accepted; any other is
/// PG4005 at its line, naming the range and the rule it breaks.
/// </summary>
public static class LayoutProfileFile
{
    /// <summary>The keys a profile file may set.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. ProfileRanges.All.Select(r => r.Key)];

    /// <summary>The profile <paramref name="path"/> describes; null after reporting its faults.</summary>
    public static LayoutProfile? Read(string path, DiagnosticBag diagnostics)
    {
        var fileDiagnostics = new DiagnosticBag();
        var settings = NumberSettingsLoader.Read(path, Keys, fileDiagnostics);
        diagnostics.AddRange(fileDiagnostics.Items);
        if (settings is null)
        {
            return null;
        }
        var profile = LayoutProfile.Nd30;
        var valid = !fileDiagnostics.HasErrors;
        foreach (var setting in settings)
        {
            var range = ProfileRanges.All.First(r => r.Key == setting.Key);
            if (!(setting.Value >= range.Min && setting.Value <= Math.Min(range.Max, OpenEndedMax)))
            {
                diagnostics.Add(DiagnosticCode.ProfileOutOfRange, setting.Span, setting.Key, Number(setting.Value), Describe(range), range.Rule);
                valid = false;
                continue;
            }
            profile = range.With(profile, setting.Value);
        }
        return valid ? profile : null;
    }

    // No layout length is larger than a page (A4 is 842 pt by 297 mm): an open-ended range stops here.
    private const double OpenEndedMax = 1000;

    private static string Describe(ProfileRanges.Range range) =>
        range.Max == double.MaxValue ? Number(range.Min) + "–" + Number(OpenEndedMax)
        : range.Min == range.Max ? Number(range.Min)
        : Number(range.Min) + "–" + Number(range.Max);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
