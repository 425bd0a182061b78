using System.Globalization;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Cli;

/// <summary>The phrases of a run's summary and progress line, in the run's language.</summary>
internal static class SummaryText
{
    /// <summary>A phrase of the resources filled with values; "one|many" picks by the first value.</summary>
    public static string Phrase(string key, string language, params object[] values)
    {
        var text = DiagnosticMessages.Word(key, language);
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        if (bar >= 0)
        {
            text = values.Length > 0 && values[0] is int one && one == 1 ? text[..bar] : text[(bar + 1)..];
        }
        return string.Format(CultureInfo.InvariantCulture, text, values.Select(v => v is int n ? Count(n, language) : v).ToArray());
    }

    /// <summary>A count as each language groups digits: 4,000 in English, 4.000 in Vietnamese.</summary>
    public static string Count(int n, string language)
    {
        var text = n.ToString("N0", CultureInfo.InvariantCulture);
        return language == "vi" ? text.Replace(',', '.') : text;
    }

    /// <summary>Seconds with one decimal, with the language's decimal mark.</summary>
    public static string Seconds(TimeSpan time, string language)
    {
        var text = time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        return Phrase("summary.seconds", language, language == "vi" ? text.Replace('.', ',') : text);
    }

    /// <summary>
    /// One file's counts: "ke-hoach.docx: no errors, no warnings" / "ke-hoach.docx: 0 lỗi, 0 cảnh báo".
    /// Each finding is counted once as it is told; when one is told for several paragraphs, the line
    /// also says over how many paragraphs the findings are ("15 errors, no warnings, over 66 paragraphs").
    /// </summary>
    public static string FileCounts(string file, IReadOnlyList<Diagnostic> diagnostics, string language)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        var counts = Phrase("summary.file", language, file,
            errors == 0 ? Phrase("summary.errors.none", language) : Phrase("summary.errors", language, errors),
            warnings == 0 ? Phrase("summary.warnings.none", language) : Phrase("summary.warnings", language, warnings));
        if (!diagnostics.Any(d => d.Places.Count > 1)) return counts;
        var paragraphs = diagnostics
            .SelectMany(d => d.Places.Count > 0 ? d.Places : [d.Span])
            .Where(s => s.Place is not null && s.StartLine >= 0)
            .Select(s => (s.File, s.StartLine))
            .Distinct()
            .Count();
        return counts + ", " + Phrase("summary.paragraphs", language, paragraphs);
    }

    /// <summary>"PG2010 ×4,000 in 1,000 plans; the first 10 shown; --verbose for all".</summary>
    public static string Repeated(RepeatedWarning repeated, string language) =>
        Phrase("summary.repeated", language, DiagnosticMessages.Id(repeated.Code), repeated.Count, repeated.Plans, repeated.Shown);
}
