using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PlanGen.Pdf.Output;

/// <summary>
/// One run of the converter, distrusted: started in a process group of its own (on Linux, through
/// <c>setsid</c>, still without a shell), its output drained to bounded tails, waited for against
/// one deadline that nothing can stretch — a child left holding the pipes is not waited on past a
/// short grace — and stopped with every process of its group. Runs in flight are stopped, and their
/// scratch folders removed, when plangen itself is interrupted (SIGINT, SIGTERM).
/// </summary>
internal sealed partial class ConverterProcess : IDisposable
{
    private const string SetSid = "/usr/bin/setsid";
    private const int SigKill = 9;

    // After the converter exits, how long its output may still take to end.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private static readonly ConcurrentDictionary<ConverterProcess, string> Running = new();
    private static readonly Lazy<PosixSignalRegistration[]> Signals = new(Register);
    // Held while a converter starts and is listed, and by the signal handler while it stops them:
    // a signal that comes in between waits, instead of ending plangen with the new one unlisted.
    private static readonly Lock Gate = new();
    private static bool _interrupted;

    private readonly Process _process;
    private readonly bool _ownGroup;
    private readonly StreamTail _output;
    private readonly StreamTail _error;

    private ConverterProcess(Process process, bool ownGroup)
    {
        _process = process;
        _ownGroup = ownGroup;
        _output = StreamTail.Of(process.StandardOutput.BaseStream);
        _error = StreamTail.Of(process.StandardError.BaseStream);
    }

    /// <summary>The exit code once <see cref="Wait"/> returned true.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>The last line the converter wrote to its standard error, if any.</summary>
    public string? LastError => _error.LastLine();

    /// <summary>Starts <paramref name="program"/> with <paramref name="arguments"/>; <paramref name="scratch"/> is removed if plangen is interrupted.</summary>
    public static ConverterProcess Start(string program, IEnumerable<string> arguments, string scratch)
    {
        _ = Signals.Value;
        var ownGroup = OperatingSystem.IsLinux() && File.Exists(SetSid);
        var start = new ProcessStartInfo(ownGroup ? SetSid : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (ownGroup)
        {
            start.ArgumentList.Add(program);
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        lock (Gate)
        {
            if (_interrupted)
            {
                throw new OperationCanceledException("plangen is being stopped");
            }
            var process = Process.Start(start) ?? throw new InvalidOperationException("the converter did not start");
            process.StandardInput.Close();
            var run = new ConverterProcess(process, ownGroup);
            Running[run] = scratch;
            return run;
        }
    }

    /// <summary>
    /// Waits until the converter exits and its output ends, or <paramref name="deadline"/> passes;
    /// false at the deadline. Either way no process of its group is left running.
    /// </summary>
    public bool Wait(DateTime deadline)
    {
        var exited = _process.WaitForExit(Left(deadline));
        if (exited)
        {
            // A child that inherited the pipes may keep them open for ever: not waited on past the grace.
            Task.WaitAll([_output.Done, _error.Done], Min(Grace, Left(deadline)));
        }
        Stop();
        return exited;
    }

    /// <summary>Stops every process of the converter's group (and its tree, where there are no groups).</summary>
    public void Stop()
    {
        if (_ownGroup)
        {
            // setsid made the converter the leader of its own group: its id is the group's.
            _ = Kill(-_process.Id, SigKill);
        }
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(Grace);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It ended meanwhile.
        }
    }

    public void Dispose()
    {
        Running.TryRemove(this, out _);
        _process.Dispose();
    }

    private static TimeSpan Left(DateTime deadline) => Max(TimeSpan.Zero, deadline - DateTime.UtcNow);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static PosixSignalRegistration[] Register() =>
        OperatingSystem.IsWindows() ? [] : [PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupted), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupted)];

    // The signal still ends plangen as usual; first the converters go, and their scratch folders.
    private static void Interrupted(PosixSignalContext context)
    {
        lock (Gate)
        {
            _interrupted = true;
            foreach (var (run, scratch) in Running)
            {
                run.Stop();
                PdfConverter.TryDelete(scratch);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int process, int signal);
}
