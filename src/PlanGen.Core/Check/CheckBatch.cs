using PlanGen.Core.Batch;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Layout;
using PlanGen.Core.Output;

namespace PlanGen.Core.Check;

/// <summary>
/// <c>check</c> over its inputs: each DOCX judged by the decree's ranges (or an office's profile),
/// each PDF for signing, and with <c>--fix</c> each DOCX's fixed copy written and judged in its
/// place. Files are checked one at a time, as they are asked for, so a clerk sees each file's
/// findings as soon as they are known; one file's failure does not stop the others.
/// </summary>
public static class CheckBatch
{
    /// <summary>
    /// The files <paramref name="arguments"/> name (a folder's DOCX files), each checked when the
    /// result is enumerated to it. The fixed copies' targets are judged first, before any file is
    /// read: a copy that would replace an input, the profile or another file's copy is refused to
    /// <paramref name="refusals"/>, and its file is not checked.
    /// </summary>
    public static IEnumerable<CheckedFile> Run(PlanGenRun run, IReadOnlyList<string> arguments, CheckBatchOptions options, DiagnosticBag refusals)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(options);
        var files = arguments.SelectMany(DecreeCheck.Expand).ToList();
        // A fixed copy never replaces an input (the README's promise) nor another file's copy.
        var targets = options.Fix ? files.Select(f => DecreeCheck.FixedPath(f, options.Output, files.Count > 1)).ToList() : [];
        var writable = options.Fix ? OutputTargets.Check(files, targets, options.ProfilePath is { } p ? [p] : [], refusals) : null;
        return Each(run, files, targets, writable, DecreeCheck.RangesFor(options.Profile));
    }

    private static IEnumerable<CheckedFile> Each(PlanGenRun run, List<string> files, List<string> targets, bool[]? writable, CheckRanges ranges)
    {
        for (var i = 0; i < files.Count; i++)
        {
            var diagnostics = new DiagnosticBag();
            var file = files[i];
            var target = targets.Count > 0 && !DecreeCheck.IsPdf(file) ? targets[i] : null;
            var checks = writable is null || writable[i];
            if (checks)
            {
                FileFailure.Isolate(file, diagnostics, () => DecreeCheck.CheckFile(run, file, target, ranges, diagnostics));
            }
            yield return new CheckedFile(file, target, diagnostics, checks);
        }
    }
}

/// <summary>What <c>check</c> is asked for besides its files.</summary>
public sealed record CheckBatchOptions
{
    /// <summary>An office's layout values, whose settings replace the decree's range; null for the decree's.</summary>
    public LayoutProfile? Profile { get; init; }

    /// <summary>The file the profile was read from, which no fixed copy may replace.</summary>
    public string? ProfilePath { get; init; }

    /// <summary>True to write each DOCX's fixed copy and judge the copy.</summary>
    public bool Fix { get; init; }

    /// <summary>With <see cref="Fix"/>: the fixed DOCX (one input) or a folder (several); null to write NAME.fixed.docx beside each.</summary>
    public string? Output { get; init; }
}

/// <summary>One file <c>check</c> looked at.</summary>
/// <param name="Path">The file.</param>
/// <param name="FixedCopy">Its fixed copy, whose findings these are; null without <c>--fix</c> and for a PDF.</param>
/// <param name="Diagnostics">The findings.</param>
/// <param name="Checked">False when its fixed copy was refused before it was read (the refusal says why).</param>
public sealed record CheckedFile(string Path, string? FixedCopy, DiagnosticBag Diagnostics, bool Checked);
