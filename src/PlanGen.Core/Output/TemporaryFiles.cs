using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace PlanGen.Core.Output;

/// <summary>
/// The temporary files of atomic writes (<c>.NAME.PID.THREAD.tmp</c> beside the target). Those
/// being written are tracked so an interrupted run (Ctrl-C, SIGTERM) can delete them; those left
/// by a run that was killed outright are removed by the next write into the same folder, once
/// the process that made them is gone.
/// </summary>
public static class TemporaryFiles
{
    private static readonly ConcurrentDictionary<string, byte> InFlight = new(StringComparer.Ordinal);

    /// <summary>The temporary name for writing <paramref name="fullPath"/> from this process and thread.</summary>
    public static string For(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, "." + Path.GetFileName(fullPath) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture)
            + "." + Environment.CurrentManagedThreadId.ToString(CultureInfo.InvariantCulture) + ".tmp");

    /// <summary>Marks a temporary file as being written.</summary>
    public static void Track(string path) => InFlight.TryAdd(path, 0);

    /// <summary>Marks a temporary file as moved or deleted.</summary>
    public static void Untrack(string path) => InFlight.TryRemove(path, out _);

    /// <summary>Deletes every temporary file still being written; called when the process is interrupted.</summary>
    public static void DeleteInFlight()
    {
        foreach (var path in InFlight.Keys)
        {
            TryDelete(path);
            Untrack(path);
        }
    }

    /// <summary>Deletes temporary files for <paramref name="fullPath"/> left by processes that no longer run.</summary>
    public static void DeleteStale(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        var prefix = "." + Path.GetFileName(fullPath) + ".";
        if (!Directory.Exists(folder))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(folder, prefix + "*.tmp"))
        {
            var parts = Path.GetFileName(file)[prefix.Length..].Split('.');
            if (parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _) && !IsRunning(pid))
            {
                TryDelete(file);
            }
        }
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

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next write into this folder.
        }
    }
}
