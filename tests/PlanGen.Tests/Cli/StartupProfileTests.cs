using PlanGen.Cli;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

/// <summary>
/// The multi-core JIT record: where it goes, what it is called, and that a run replaying it builds
/// the same DOCX as a run without it.
/// </summary>
public sealed class StartupProfileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly string Plan = ExampleBuilds.PathOf("lao-cai-2024/ubnd-tinh-atgt-2024.yaml");

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void The_variable_chooses_the_folder_and_off_turns_the_record_off()
    {
        Assert.Equal("/srv/kế hoạch/jit", StartupProfile.FolderFor(Environment((StartupProfile.Variable, "/srv/kế hoạch/jit"), ("HOME", "/home/vanthu"))));
        Assert.Null(StartupProfile.FolderFor(Environment((StartupProfile.Variable, "off"), ("HOME", "/home/vanthu"))));
        Assert.Null(StartupProfile.FolderFor(Environment((StartupProfile.Variable, "OFF"))));
    }

    [UnixFact]
    public void Unset_the_record_goes_to_the_users_cache_folder()
    {
        if (OperatingSystem.IsMacOS())
        {
            Assert.Equal("/Users/vanthu/Library/Caches/plangen", StartupProfile.FolderFor(Environment(("HOME", "/Users/vanthu"))));
            return;
        }
        Assert.Equal("/home/vanthu/.cache/plangen", StartupProfile.FolderFor(Environment(("HOME", "/home/vanthu"))));
        Assert.Equal("/var/cache/vanthu/plangen", StartupProfile.FolderFor(Environment(("HOME", "/home/vanthu"), ("XDG_CACHE_HOME", "/var/cache/vanthu"))));
        // A relative XDG_CACHE_HOME is not a cache folder by the XDG rules.
        Assert.Equal("/home/vanthu/.cache/plangen", StartupProfile.FolderFor(Environment(("HOME", "/home/vanthu"), ("XDG_CACHE_HOME", "cache"))));
        Assert.Null(StartupProfile.FolderFor(Environment()));
    }

    [Fact]
    public void Each_command_has_a_record_of_its_own_and_other_runs_share_one()
    {
        Assert.Equal("build", StartupProfile.CommandOf(["build", "kế-hoạch.yaml"]));
        Assert.Equal("check", StartupProfile.CommandOf(["check", "công-văn.docx"]));
        Assert.Equal("plangen", StartupProfile.CommandOf(["--version"]));
        Assert.Equal("plangen", StartupProfile.CommandOf(["../../etc/passwd"]));
        Assert.Equal("plangen", StartupProfile.CommandOf([]));
    }

    [Fact]
    public void The_commands_with_a_record_are_the_commands_plangen_has()
    {
        var root = PlanGenCli.CreateRoot(new CliConsole(TextWriter.Null, TextWriter.Null));
        Assert.Equal(root.Subcommands.Select(c => c.Name).Order(), StartupProfile.Commands.Order());
    }

    [Fact]
    public void The_first_run_records_and_later_runs_replay_the_record_without_writing_it_to_the_same_docx()
    {
        var records = Path.Combine(_temp.Path, "bộ nhớ đệm");
        var first = Path.Combine(_temp.Path, "lần 1.docx");
        var second = Path.Combine(_temp.Path, "lần 2.docx");

        Build(Plan, first, records);
        var record = Assert.Single(Directory.GetFiles(records, "build-*.jitprofile"));
        var recorded = File.ReadAllBytes(record);
        var recordedAt = DateTime.UtcNow - TimeSpan.FromHours(1);
        File.SetLastWriteTimeUtc(record, recordedAt);
        Build(Plan, second, records);

        // The record is as the first run left it, and the replaying run left nothing behind.
        Assert.Equal(recorded, File.ReadAllBytes(record));
        Assert.Equal(recordedAt, File.GetLastWriteTimeUtc(record));
        Assert.Equal([record], Directory.GetFileSystemEntries(records));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(BuildInProcess(Plan)));
    }

    [Fact]
    public void A_day_old_record_is_made_again_and_records_of_other_builds_are_removed()
    {
        var records = Path.Combine(_temp.Path, "records");
        Directory.CreateDirectory(records);
        var otherBuild = Path.Combine(records, "build-0123456789abcdef.jitprofile");
        var otherCommand = Path.Combine(records, "check-0123456789abcdef.jitprofile");
        File.WriteAllText(otherBuild, "");
        File.WriteAllText(otherCommand, "");

        Build(Plan, Path.Combine(_temp.Path, "1.docx"), records);
        var record = Assert.Single(Directory.GetFiles(records, "build-*.jitprofile"));
        Assert.NotEqual(otherBuild, record);
        Assert.True(File.Exists(otherCommand), "another command's record was removed");

        var dayOld = DateTime.UtcNow - StartupProfile.RecordAge - TimeSpan.FromMinutes(1);
        File.SetLastWriteTimeUtc(record, dayOld);
        Build(Plan, Path.Combine(_temp.Path, "2.docx"), records);
        Assert.True(File.GetLastWriteTimeUtc(record) > dayOld, "the day-old record was not made again");
    }

    [Fact]
    public void Off_writes_no_record()
    {
        var home = Path.Combine(_temp.Path, "home");
        Directory.CreateDirectory(home);

        Build(Plan, Path.Combine(_temp.Path, "out.docx"), "off", ("HOME", home), ("XDG_CACHE_HOME", ""), ("LOCALAPPDATA", home));

        Assert.Empty(Directory.EnumerateFileSystemEntries(home, "*", SearchOption.AllDirectories));
    }

    private string BuildInProcess(string plan)
    {
        var output = Path.Combine(_temp.Path, "in-process.docx");
        Assert.Equal(0, CliRun.Of("build", plan, "-o", output).ExitCode);
        return output;
    }

    // A process of its own: the record is written when a process ends.
    private static void Build(string plan, string output, string records, params (string Name, string Value)[] more)
    {
        var environment = new Dictionary<string, string> { [StartupProfile.Variable] = records };
        foreach (var (name, value) in more)
        {
            environment[name] = value;
        }
        var (exitCode, error) = CliProcess.Run(environment, "build", plan, "-o", output);
        Assert.True(exitCode == 0, error);
    }
}
