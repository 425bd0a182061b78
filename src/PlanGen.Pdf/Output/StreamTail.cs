using System.Text;

namespace PlanGen.Pdf.Output;

/// <summary>
/// Drains a child process's output as it comes and keeps only its last bytes: a converter that
/// writes 600 MB of errors costs a few kilobytes, and never blocks on a full pipe.
/// </summary>
internal sealed class StreamTail
{
    private const int Kept = 8 * 1024;
    private readonly byte[] _ring = new byte[Kept];
    private readonly Lock _gate = new();
    private long _total;

    // A thread of its own, not one from the pool: when a batch keeps the pool busy, a drain queued
    // there may not start before the converter has exited and its grace has passed, and its last
    // error line (what the clerk is told) would be lost.
    private StreamTail(Stream stream) =>
        Done = Task.Factory.StartNew(() => Drain(stream), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Ends when the stream ends: when every process holding the pipe has closed it.</summary>
    public Task Done { get; }

    public static StreamTail Of(Stream stream) => new(stream);

    /// <summary>The last line of what was kept, at most 300 characters; null when nothing was written.</summary>
    public string? LastLine()
    {
        byte[] kept;
        lock (_gate)
        {
            var length = (int)Math.Min(_total, Kept);
            kept = new byte[length];
            var start = (int)((_total - length) % Kept);
            for (var i = 0; i < length; i++)
            {
                kept[i] = _ring[(start + i) % Kept];
            }
        }
        var last = Encoding.UTF8.GetString(kept)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault();
        return last is { Length: > 300 } ? "…" + last[^300..] : last;
    }

    private void Drain(Stream stream)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                lock (_gate)
                {
                    for (var i = 0; i < read; i++)
                    {
                        _ring[(_total + i) % Kept] = buffer[i];
                    }
                    _total += read;
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The process was stopped and its pipe closed under the read: what was read is kept.
        }
    }
}
