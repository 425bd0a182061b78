using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>A scratch folder with a starter plan (<c>plangen init</c>) that validates and builds, to break in one way per test.</summary>
internal sealed class HostileScratch : IDisposable
{
    private readonly TempFolder _temp = new();

    public HostileScratch()
    {
        Plan = _temp.File("min.yaml");
        var init = CliRun.Of("init", Plan);
        Assert.Equal(0, init.ExitCode);
        Text = System.IO.File.ReadAllText(Plan);
    }

    public string Folder => _temp.Path;

    /// <summary>The starter plan's path.</summary>
    public string Plan { get; }

    /// <summary>The starter plan's text.</summary>
    public string Text { get; }

    public string File(string name, string? content = null) => _temp.File(name, content);

    /// <summary>A copy of the starter with one top-level field (<c>key: …</c> and its nested lines) replaced, or added.</summary>
    public string WithLine(string name, string key, string line)
    {
        var lines = Text.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (at < 0)
        {
            lines.Insert(1, line);
        }
        else
        {
            lines[at] = line;
            // The key's nested lines go with it.
            while (at + 1 < lines.Count && lines[at + 1].Length > 0 && lines[at + 1][0] == ' ')
            {
                lines.RemoveAt(at + 1);
            }
        }
        return File(name, string.Join('\n', lines));
    }

    /// <summary>A FIFO in the scratch folder (Linux and macOS); null where there are none.</summary>
    public string? Fifo(string name)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }
        var path = System.IO.Path.Combine(Folder, name);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        return mkfifo.ExitCode == 0 ? path : null;
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Runs the CLI with a generous deadline, so a hang fails the test instead of stalling the suite.</summary>
    public static CliRun Run(params string[] args) => RunWithin(TimeSpan.FromMinutes(2), args);

    /// <summary>Runs the CLI with a deadline of its own, for inputs that are large on purpose.</summary>
    public static CliRun RunWithin(TimeSpan deadline, params string[] args) => Within(deadline, () => CliRun.Of(args), string.Join(' ', args));

    /// <summary>The result of <paramref name="work"/>, failing the test if it does not finish in time (a hang, not a speed check).</summary>
    public static T Within<T>(TimeSpan deadline, Func<T> work, string? what = null)
    {
        var run = Task.Run(work);
        Assert.True(run.Wait(deadline), "did not finish: " + (what ?? "the work"));
        return run.Result;
    }

    /// <summary>What no run may print, whatever its input.</summary>
    public static void AssertNoCrash(CliRun run)
    {
        Assert.InRange(run.ExitCode, 0, 2);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("PG4003", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
