namespace PlanGen.Core.Diagnostics;

/// <summary>
/// Why reading or writing a file failed, as a message argument: the common cases (no such file,
/// denied, open in Word, path too long, disk full) in the reader's language, since a clerk reading
/// Vietnamese messages should not meet the system's English; the system's own text only for a
/// failure none of these names.
/// </summary>
public static class FileProblems
{
    // The system's codes for a file locked by another program and for a full disk: Windows error
    // codes in an HRESULT, the raw errno elsewhere (.NET reports a lock held by another process as EWOULDBLOCK).
    private static bool InUse(int code) => OperatingSystem.IsWindows() ? code == Windows(32) || code == Windows(33) : code == 11;
    private static bool DiskFull(int code) => OperatingSystem.IsWindows() ? code == Windows(112) || code == Windows(39) : code is 28 or 122;
    private static bool Folder(int code) => !OperatingSystem.IsWindows() && code == 21;

    /// <summary>The reason <paramref name="failure"/> names, as a message argument.</summary>
    public static string Reason(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        MessageWord? word = failure switch
        {
            FileNotFoundException or DirectoryNotFoundException => MessageWord.FileProblem.NotFound,
            PathTooLongException => MessageWord.FileProblem.PathTooLong,
            UnauthorizedAccessException => MessageWord.FileProblem.Denied,
            IOException when InUse(failure.HResult) => MessageWord.FileProblem.InUse,
            IOException when DiskFull(failure.HResult) => MessageWord.FileProblem.DiskFull,
            IOException when Folder(failure.HResult) => MessageWord.FileProblem.Folder,
            _ => null,
        };
        return word?.ToArgument() ?? failure.Message;
    }

    private static int Windows(int code) => unchecked((int)0x80070000) | code;
}
