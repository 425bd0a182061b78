using System.Globalization;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Reports.Deadlines;

/// <summary>The words a clerk reads in <c>plangen deadlines</c>, from the message resources of the run's language.</summary>
public static class DeadlineText
{
    /// <summary>The columns of the terminal table and of the CSV: dates, kind, plan, id, unit, timeline, content.</summary>
    public static string[] Headers(string language) => [.. Columns.Select(h => Word("deadlines.header." + h, language))];

    private static readonly string[] Columns = ["dates", "kind", "plan", "id", "unit", "timeline", "what"];

    /// <summary>The kind of a line: a report due or a task.</summary>
    public static string Kind(DeadlineKind kind, string language) =>
        Word(kind == DeadlineKind.ReportDue ? "deadlines.kind.report" : "deadlines.kind.task", language);

    /// <summary>What the dates cell says of a timeline that names no day (Thường xuyên, Khi có chỉ đạo).</summary>
    public static string NotDated(string language) => Word("deadlines.not-dated", language);

    /// <summary>The line under the table: how many reports are due, how many tasks, how many of them name no date.</summary>
    public static string Summary(IReadOnlyList<DeadlineEntry> entries, string language)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var tasks = entries.Count(e => e.Kind == DeadlineKind.Task);
        return Fill("deadlines.summary", language, entries.Count - tasks, tasks, entries.Count(e => !e.IsDated));
    }

    /// <summary>The note that the calendar leaves out the lines that name no date; null when there are none.</summary>
    public static string? LeftOutOfCalendar(IReadOnlyList<DeadlineEntry> entries, string language)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var undated = entries.Count(e => !e.IsDated);
        return undated == 0 ? null : Fill("deadlines.left-out", language, undated);
    }

    private static string Fill(string word, string language, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, Word(word, language), values);

    /// <summary>A word of the deadlines resources in <paramref name="language"/>.</summary>
    public static string Word(string word, string language) => DiagnosticMessages.Word(word, language);
}
