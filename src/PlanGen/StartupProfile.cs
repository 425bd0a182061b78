using System.Runtime;

namespace PlanGen.Cli;

/// <summary>
/// Multi-core JIT for the builds that compile code at run time (ReadyToRun, the dotnet tool,
/// <c>dotnet run</c>). ReadyToRun cannot hold the runtime's generic code made for plangen's types
/// (a <c>Dictionary&lt;string, int&gt;</c>, LINQ over tuples), so each run compiles some hundreds of
/// methods. The runtime records them per command, and the next run of that command compiles them on
/// a second core ahead of the work. A native build compiles nothing at run time and keeps no record.
/// </summary>
internal static class StartupProfile
{
    /// <summary>
    /// The environment variable that chooses where the records go; <c>off</c> turns them off.
    /// Unset, they go to the user's cache folder.
    /// </summary>
    public const string Variable = "PLANGEN_JIT_PROFILE";

    /// <summary>The commands with a record of their own; any other run shares one.</summary>
    internal static readonly string[] Commands = ["validate", "build", "derive", "coverage", "deadlines", "report", "templates", "init", "schema", "check", "import", "register"];

    /// <summary>Replays this command's record, and records this run for the next.</summary>
    public static void Start(string[] args)
    {
#if !NATIVE_AOT
        if (FolderFor(Environment.GetEnvironmentVariable) is not { } folder)
        {
            return;
        }
        try
        {
            Directory.CreateDirectory(folder);
            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(CommandOf(args) + ".jitprofile");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // A record that cannot be kept (a folder that cannot be made, a path the system
            // refuses) only costs speed; the run itself must not fail for it.
        }
#endif
    }

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
