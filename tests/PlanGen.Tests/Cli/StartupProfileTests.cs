using PlanGen.Cli;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

/// <summary>The multi-core JIT record: where it goes and whose it is.</summary>
public sealed class StartupProfileTests
{
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
        var root = PlanGenCli.CreateRoot(new CliConsole(TextWriter.Null, TextWriter.Null), TestRun.New());
        Assert.Equal(root.Subcommands.Select(c => c.Name).Order(), StartupProfile.Commands.Order());
    }
}
