using System.Text;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

/// <summary>
/// What a clerk's Windows desk brings: plans saved by Notepad (a byte-order mark, CRLF), folders
/// with Vietnamese letters and spaces, and a DOCX that cannot be replaced because Word holds it
/// open (a read-only target stands in for the lock here).
/// </summary>
public sealed class WindowsRealitiesTests : IDisposable
{
    private const string Plan = """
        template: ke-hoach-atgt
        issuer:
          name: Sở Giáo dục và Đào tạo tỉnh Lào Cai
          code: SGDĐT
          place: Lào Cai
          level: department
        date: 2024-02-30
        title: Bảo đảm trật tự an toàn giao thông năm 2024
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_plan_saved_with_a_byte_order_mark_and_crlf_gives_the_same_places()
    {
        var unix = _temp.File("unix.yaml", Plan.ReplaceLineEndings("\n") + "\n");
        var windows = _temp.File("windows.yaml");
        File.WriteAllBytes(windows, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Plan.ReplaceLineEndings("\r\n") + "\r\n")]);

        var expected = Diagnose.Text(unix).Replace("unix.yaml", "plan", StringComparison.Ordinal);
        var actual = Diagnose.Text(windows).Replace("windows.yaml", "plan", StringComparison.Ordinal);

        Assert.Equal("plan(7,7): error PG2001: '2024-02-30' is not a valid date.", expected.Split('\n')[0]);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_plan_in_a_folder_with_vietnamese_letters_and_spaces_builds_beside_itself()
    {
        var path = _temp.File(Path.Combine("Kế hoạch 2024", "Sở Giáo dục", "kế hoạch ATGT.yaml"), Plan.Replace("2024-02-30", "2024-02-20", StringComparison.Ordinal));

        var run = CliRun.Of("build", path, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        var docx = Path.ChangeExtension(path, ".docx");
        Assert.Equal(docx, run.Out.Trim());
        Assert.True(new FileInfo(docx).Length > 0);
    }

    [Fact]
    public void A_read_only_target_is_reported_and_left_as_it_was()
    {
        var path = _temp.File("ke-hoach.yaml", Plan.Replace("2024-02-30", "2024-02-20", StringComparison.Ordinal));
        var docx = _temp.File("ke-hoach.docx", "the old document");
        File.SetAttributes(docx, FileAttributes.ReadOnly);

        var run = CliRun.Of("build", path, "--force", "--lang", "en");

        File.SetAttributes(docx, FileAttributes.Normal);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG4030: Cannot replace '" + docx + "'", run.Error, StringComparison.Ordinal);
        Assert.Contains("Close the file in Word and run again", run.Error, StringComparison.Ordinal);
        Assert.Equal("the old document", File.ReadAllText(docx));
        Assert.Empty(Directory.EnumerateFiles(_temp.Path, "*.tmp"));
    }

    [Fact]
    public void The_locked_target_message_is_in_vietnamese_too()
    {
        var path = _temp.File("ke-hoach.yaml", Plan.Replace("2024-02-30", "2024-02-20", StringComparison.Ordinal));
        var docx = _temp.File("ke-hoach.docx", "cũ");
        File.SetAttributes(docx, FileAttributes.ReadOnly);

        var run = CliRun.Of("build", path, "--force", "--lang", "vi");

        File.SetAttributes(docx, FileAttributes.Normal);
        Assert.Contains("Hãy đóng tệp trong Word rồi chạy lại", run.Error, StringComparison.Ordinal);
    }
}
