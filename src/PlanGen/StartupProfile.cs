using System.Runtime;

namespace PlanGen.Cli;

/// <summary>
/// Multi-core JIT for the builds that compile code at run time (ReadyToRun, the dotnet tool,
/// <c>dotnet run</c>). ReadyToRun cannot hold the runtime's generic code made
/// for plangen's types (a <c>Dictionary&lt;string, int&gt;</c>, LINQ over tuples), so every run
/// compiled some 350 methods and loaded their types one by one, on the one core that does the
/// work. The first run of a command records what it compiled and loaded; later runs replay the
/// record on a second core, ahead of the first, and a day later a run records it again. A native
/// build compiles nothing at run time and records nothing.
/// </summary>
internal static class StartupProfile
{
    /// <summary>
    /// The environment variable that chooses where the records go; <c>off</c> turns them off.
    /// Unset, they go to the user's cache folder.
    /// </summary>
    public const string Variable = "PLANGEN_JIT_PROFILE";

    /// <summary>The commands with a record of their own; any other run shares one.</summary>
    internal static readonly string[] Commands = ["validate", "build", "derive", "coverage", "deadlines", "report", "templates", "init", "schema", "check", "import"];

    /// <summary>A record older than this is made again, so it follows how plangen is used.</summary>
    internal static readonly TimeSpan RecordAge = TimeSpan.FromDays(1);

    /// <summary>Replays this command's record, or records this run when there is none yet.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000",
        Justification = "The empty location is how a single file is told apart.")]
    public static void Start(string[] args)
    {
#if !NATIVE_AOT
        // In a single file the assemblies have no file of their own, and the runtime records
        // nothing for them.
        if (string.IsNullOrEmpty(typeof(StartupProfile).Assembly.Location)
            || FolderFor(Environment.GetEnvironmentVariable) is not { } folder)
        {
            return;
        }
        var command = CommandOf(args);
        var name = command + "-" + Build() + ".jitprofile";
        try
        {
            Directory.CreateDirectory(folder);
            var record = new FileInfo(Path.Combine(folder, name));
            if (record.Exists && DateTime.UtcNow - record.LastWriteTimeUtc < RecordAge)
            {
                Replay(folder, record, name);
            }
            else
            {
                // The records of other builds are of no more use.
                foreach (var other in Directory.EnumerateFiles(folder, command + "-*.jitprofile"))
                {
                    if (Path.GetFileName(other) != name)
                    {
                        File.Delete(other);
                    }
                }
                // Written by the runtime when this process ends.
                ProfileOptimization.SetProfileRoot(folder);
                ProfileOptimization.StartProfile(name);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // A record that cannot be kept (a folder that cannot be made, a path the system
            // refuses) only costs speed; the run itself must not fail for it.
        }
#endif
    }

    // The runtime reads a record when the profile starts, and writes it anew when the process
    // ends: some 8,000 small writes, about 15 ms of every run, for a record that is already
    // there. Replayed from a copy in a folder of this run's own, removed as soon as it is read,
    // the record has nowhere to be written back, and the one in the cache stays as it was.
    private static void Replay(string folder, FileInfo record, string name)
    {
        var own = Path.Combine(folder, "run-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(own);
        try
        {
            record.CopyTo(Path.Combine(own, name), overwrite: true);
            ProfileOptimization.SetProfileRoot(own);
            ProfileOptimization.StartProfile(name);
        }
        finally
        {
            Directory.Delete(own, recursive: true);
        }
    }

    // Records are kept per build of plangen: the runtime replays a record only into the very
    // assemblies it was made with.
    private static string Build() =>
        string.Concat(typeof(StartupProfile).Module.ModuleVersionId.ToString("N").AsSpan(0, 8),
            typeof(Core.PlanPipeline).Module.ModuleVersionId.ToString("N").AsSpan(0, 8));

    /// <summary>Whose record a run keeps: its command's, so a build replays what a build needs.</summary>
    internal static string CommandOf(string[] args) =>
        args.Length > 0 && Array.IndexOf(Commands, args[0]) >= 0 ? args[0] : "plangen";

    /// <summary>
    /// Where the records go: the variable's folder when set (null for <c>off</c>), otherwise the
    /// user's cache folder of the platform; null when there is no home to put it in.
    /// </summary>
    internal static string? FolderFor(Func<string, string?> environment)
    {
        if (environment(Variable) is { Length: > 0 } chosen)
        {
            return string.Equals(chosen, "off", StringComparison.OrdinalIgnoreCase) ? null : chosen;
        }
        if (OperatingSystem.IsWindows())
        {
            return environment("LOCALAPPDATA") is { Length: > 0 } local ? Path.Combine(local, "plangen", "cache") : null;
        }
        if (environment("HOME") is not { Length: > 0 } home)
        {
            return null;
        }
        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Caches", "plangen");
        }
        // The XDG base directory rules: a relative XDG_CACHE_HOME is ignored.
        return environment("XDG_CACHE_HOME") is { Length: > 0 } cache && Path.IsPathRooted(cache)
            ? Path.Combine(cache, "plangen")
            : Path.Combine(home, ".cache", "plangen");
    }
}
