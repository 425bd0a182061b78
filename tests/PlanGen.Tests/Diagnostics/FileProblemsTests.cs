using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;

namespace PlanGen.Tests.Diagnostics;

/// <summary>A file that cannot be read or written is explained in the reader's language, not the system's English.</summary>
public sealed class FileProblemsTests
{
    [Fact]
    public void A_missing_file_is_named_missing_in_Vietnamese_and_English()
    {
        var diagnostics = new DiagnosticBag();
        var missing = Path.Combine(Path.GetTempPath(), "plangen-" + Guid.NewGuid().ToString("N"), "kế hoạch.yaml");

        Assert.Null(BoundedFile.Read(missing, 1024, diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCode.FileUnreadable, error.Code);
        Assert.Contains("không có tệp này", error.Message("vi"), StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", error.Message("vi"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("there is no such file", error.Message("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_a_file_is_named_a_folder_in_Vietnamese_and_English()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(BoundedFile.Read(Path.GetTempPath(), 1024, diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Contains("đây là một thư mục, không phải một tệp", error.Message("vi"), StringComparison.Ordinal);
        Assert.DoesNotContain("it is a folder", error.Message("vi"), StringComparison.Ordinal);
        Assert.Contains("it is a folder, not a file", error.Message("en"), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Failures() => new()
    {
        { nameof(FileNotFoundException), "không có tệp này", "no such file" },
        { nameof(DirectoryNotFoundException), "không có tệp này", "no such file" },
        { nameof(UnauthorizedAccessException), "không có quyền", "denied" },
        { nameof(PathTooLongException), "đường dẫn quá dài", "path is too long" },
        { "InUse", "đang mở trong một chương trình khác (như Word)", "open in another program (such as Word)" },
        { "DiskFull", "ổ đĩa đã đầy", "disk is full" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_common_failure_is_told_in_the_readers_words(string failure, string vietnamese, string english)
    {
        var reason = FileProblems.Reason(Failure(failure));

        var message = (string language) => DiagnosticMessages.Format(DiagnosticCode.WriteFailed, language, ["kế hoạch.docx", reason]);
        Assert.Contains(vietnamese, message("vi"), StringComparison.Ordinal);
        Assert.DoesNotContain("System", message("vi"), StringComparison.Ordinal);
        Assert.Contains(english, message("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_no_word_names_keeps_the_systems_text()
    {
        var reason = FileProblems.Reason(new IOException("the device went away"));

        Assert.Contains("the device went away", DiagnosticMessages.Format(DiagnosticCode.WriteFailed, "vi", ["a.docx", reason]), StringComparison.Ordinal);
    }

    // The system's own codes for a file locked by another program and for a full disk.
    private static Exception Failure(string name) => name switch
    {
        nameof(FileNotFoundException) => new FileNotFoundException("Could not find file"),
        nameof(DirectoryNotFoundException) => new DirectoryNotFoundException("Could not find a part of the path"),
        nameof(UnauthorizedAccessException) => new UnauthorizedAccessException("Access to the path is denied."),
        nameof(PathTooLongException) => new PathTooLongException("The path is too long."),
        "InUse" => new IOException("The process cannot access the file", OperatingSystem.IsWindows() ? unchecked((int)0x80070020) : 11),
        _ => new IOException("No space left on device", OperatingSystem.IsWindows() ? unchecked((int)0x80070070) : 28),
    };
}
