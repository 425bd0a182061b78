using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// A FIFO named as a document (<c>.docx</c>, <c>.pdf</c>, <c>.txt</c>) wherever a document is
/// read: import, check, check --fix, derive and coverage with the document as parent, and a plan's
/// <c>parent:</c>. Each is refused (PG1015) before it is opened, never waited on.
/// </summary>
public sealed class DocumentFifoTests : IDisposable
{
    private readonly HostileScratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    // A deadline that only a hang misses; a FIFO left waiting is then opened for writing, so the
    // stuck reader (if any) gets its end of file and the test host is not left with it.
    private static CliRun RunUnblocking(string fifo, params string[] args)
    {
        var run = Task.Run(() => CliRun.Of(args));
        if (!run.Wait(TimeSpan.FromSeconds(30)))
        {
            using (new FileStream(fifo, FileMode.Open, FileAccess.Write))
            {
            }
            run.Wait(TimeSpan.FromSeconds(10));
            Assert.Fail("plangen waited on the FIFO: " + string.Join(' ', args));
        }
        return run.Result;
    }

    public static TheoryData<string, string> Commands() => new()
    {
        { ".docx", "import" }, { ".pdf", "import" }, { ".txt", "import" },
        { ".docx", "check" }, { ".docx", "check --fix" },
        { ".docx", "derive" }, { ".pdf", "derive" }, { ".docx", "coverage" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_fifo_named_as_a_document_is_refused_with_PG1015(string extension, string command)
    {
        if (_scratch.Fifo("ong-dan" + extension) is not { } fifo)
        {
            return;
        }
        string[] args = command switch
        {
            "check --fix" => ["check", fifo, "--fix"],
            "derive" => ["derive", fifo, "--unit", "Sở Giáo dục và Đào tạo"],
            _ => [command, fifo],
        };

        var run = RunUnblocking(fifo, [.. args, "--lang", "en"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG1015", run.Error, StringComparison.Ordinal);
        Assert.Contains("ong-dan" + extension, run.Error, StringComparison.Ordinal);
        HostileScratch.AssertNoCrash(run);
        Assert.Equal([fifo], Directory.GetFiles(_scratch.Folder, "ong-dan.*"));
    }

    [Fact]
    public void A_fifo_named_as_a_document_parent_is_refused_with_PG1015()
    {
        if (_scratch.Fifo("cap-tren.docx") is not { } fifo)
        {
            return;
        }
        var plan = _scratch.WithLine("con.yaml", "parent", "parent: cap-tren.docx");

        var run = RunUnblocking(fifo, "validate", plan, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG1015", run.Error, StringComparison.Ordinal);
        HostileScratch.AssertNoCrash(run);
    }
}
