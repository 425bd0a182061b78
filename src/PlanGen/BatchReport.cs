using PlanGen.Core.Diagnostics;

namespace PlanGen.Cli;

/// <summary>
/// How a run of validate or build reads to a person: progress while it runs (on a terminal), the
/// diagnostics with repeated warnings cut to their first few and counted, and one summary line in
/// the run's language ("7 plans and 2 reports valid, 3 warnings" / "Đã tạo 1 kế hoạch; 5 cảnh báo"). JSON diagnostics get every diagnostic and no
/// prose, since a program reads them.
/// </summary>
internal sealed class BatchReport
{
    private readonly CliConsole _console;
    private readonly bool _build;

    private BatchReport(CliConsole console, int total, bool build)
    {
        _console = console;
        _build = build;
        Progress = new BatchProgress(console, total);
    }

    /// <summary>A report of a validate run over <paramref name="total"/> plans.</summary>
    public static BatchReport ForValidate(CliConsole console, int total) => new(console, total, build: false);

    /// <summary>A report of a build run over <paramref name="total"/> plans.</summary>
    public static BatchReport ForBuild(CliConsole console, int total) => new(console, total, build: true);

    /// <summary>The progress line; call <see cref="BatchProgress.Step"/> as each plan finishes.</summary>
    public BatchProgress Progress { get; }

    /// <summary>
    /// Prints the run's diagnostics (one list per input, in the order given, the inputs' own
    /// problems first) and the summary line.
    /// </summary>
    public void Finish(IReadOnlyList<IReadOnlyList<Diagnostic>> diagnostics, BatchCounts counts)
    {
        Progress.Clear();
        if (_console.JsonDiagnostics)
        {
            _console.Report([.. diagnostics.SelectMany(d => d)]);
            return;
        }
        var summary = DiagnosticSummary.Of(diagnostics, _console.Detail);
        _console.Report(summary.Shown);
        if (_console.Detail == DiagnosticDetail.Quiet)
        {
            return;
        }
        var language = _console.Language;
        foreach (var repeated in summary.Repeated)
        {
            _console.Error.WriteLine(SummaryText.Repeated(repeated, language));
        }
        _console.Error.WriteLine(SummaryLine(summary, counts, language));
    }

    private string SummaryLine(DiagnosticSummary summary, BatchCounts counts, string language)
    {
        var parts = new List<string>
        {
            SummaryText.Phrase(_build ? "summary.built" : "summary.valid", language, Documents(counts, language)),
        };
        if (counts.Failed > 0)
        {
            parts.Add(SummaryText.Phrase(_build ? "summary.failed" : "summary.invalid", language, counts.Failed));
        }
        parts.Add(SummaryText.Phrase("summary.warnings", language, summary.Warnings));
        if (_console.ErrorIsTerminal)
        {
            // Only on a terminal: a log keeps the same bytes from run to run.
            parts.Add(SummaryText.Seconds(Progress.Elapsed, language));
        }
        return string.Join(CountSeparator(language), parts);
    }

    // The Vietnamese line names its verb first ("Đã tạo 5 kế hoạch, 1 quyết định và 1 công văn"),
    // so a comma after it would run the documents into the other counts; a semicolon sets each
    // count apart, as an administrative text sets clauses apart. The English verb ends its phrase.
    private static string CountSeparator(string language) => language == "vi" ? "; " : ", ";

    // "7 plans and 2 reports", "5 plans, 1 decision and 1 letter": each type named with its count;
    // a run of plans alone names only plans, and a run where nothing passed still says "0 plans".
    private static string Documents(BatchCounts counts, string language)
    {
        var phrases = counts.ByType().Select(c => SummaryText.Phrase("summary." + c.Type.Slug, language, c.Count)).ToList();
        if (phrases.Count == 0)
        {
            return SummaryText.Phrase("summary.ke-hoach", language, 0);
        }
        return phrases.Count == 1 ? phrases[0]
            : SummaryText.Phrase("summary.and", language, string.Join(", ", phrases[..^1]), phrases[^1]);
    }
}
