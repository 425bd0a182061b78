using System.Diagnostics;
using System.Globalization;

namespace PlanGen.Core.Output;

/// <summary>
/// The temporary files of atomic writes (<c>.NAME.PID.THREAD.tmp</c> beside the target). Those
/// being written are the run's (<see cref="InFlightFiles"/>), so an interrupted run (Ctrl-C,
/// SIGTERM) can delete them; those left by a run that was killed outright are removed by the next
/// run that writes into the same folder, once the process that made them is gone
/// (<see cref="StaleTemporaryFiles"/>).
/// </summary>
public static class TemporaryFiles
{
    /// <summary>The temporary name for writing <paramref name="fullPath"/> from this process and thread.</summary>
    public static string For(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, "." + Path.GetFileName(fullPath) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture)
            + "." + Environment.CurrentManagedThreadId.ToString(CultureInfo.InvariantCulture) + ".tmp");

    // Plain '*' matching (not the DOS rules, where ".*" means something else), dot files included.
    private static readonly EnumerationOptions TemporaryNames = new() { MatchType = MatchType.Simple, AttributesToSkip = 0 };

    /// <summary>Deletes the temporary files in <paramref name="folder"/> left by processes that no longer run.</summary>
    internal static bool Sweep(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, ".*.tmp", TemporaryNames))
        {
            // ".NAME.PID.THREAD.tmp": the two numbers are the last parts before ".tmp".
            var name = Path.GetFileName(file)[1..^".tmp".Length];
            var threadDot = name.LastIndexOf('.');
            var pidDot = threadDot > 0 ? name.LastIndexOf('.', threadDot - 1) : -1;
            if (pidDot > 0
                && int.TryParse(name.AsSpan(pidDot + 1, threadDot - pidDot - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && int.TryParse(name.AsSpan(threadDot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _)
                && !IsRunning(pid))
            {
                TryDelete(file);
            }
        }
        return true;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next write into this folder, which sweeps it once its process is gone.
        }
    }
}
