using System.Diagnostics;

namespace PlanGen.Cli;

/// <summary>
/// One line on a terminal's stderr, rewritten in place as plans finish: done/total, rate and time
/// left. Nothing is written when stderr is not a terminal (a log file must not fill with carriage
/// returns), for one plan, with <c>-q</c>, or when diagnostics are JSON.
/// </summary>
internal sealed class BatchProgress
{
    // Often enough to look alive, rarely enough that a thousand fast plans do not flood the terminal.
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly CliConsole _console;
    private readonly int _total;
    private readonly bool _shown;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan _lastDrawn = TimeSpan.Zero;
    private int _done;
    private int _width;

    public BatchProgress(CliConsole console, int total)
    {
        _console = console;
        _total = total;
        _shown = console.ErrorIsTerminal && !console.JsonDiagnostics && console.Detail != Core.Diagnostics.DiagnosticDetail.Quiet && total > 1;
    }

    /// <summary>Time since the batch started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Counts one finished plan; safe to call from parallel builds.</summary>
    public void Step()
    {
        var done = Interlocked.Increment(ref _done);
        if (!_shown)
        {
            return;
        }
        lock (_gate)
        {
            var now = _clock.Elapsed;
            if (now - _lastDrawn < Interval && done < _total)
            {
                return;
            }
            _lastDrawn = now;
            Draw(Line(done, now));
        }
    }

    /// <summary>Clears the progress line so the summary takes its place.</summary>
    public void Clear()
    {
        if (!_shown)
        {
            return;
        }
        lock (_gate)
        {
            Draw("");
        }
    }

    private string Line(int done, TimeSpan elapsed)
    {
        var language = _console.Language;
        var rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
        var left = TimeSpan.FromSeconds((_total - done) / Math.Max(rate, 0.001));
        return SummaryText.Phrase("progress", language, done, _total, (int)Math.Round(rate), SummaryText.Seconds(left, language));
    }

    // Pads over the previous line, since a shorter line would leave its tail on screen.
    private void Draw(string line)
    {
        _console.Error.Write("\r" + line.PadRight(_width) + (line.Length == 0 ? "\r" : ""));
        _console.Error.Flush();
        _width = line.Length;
    }
}
