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
    private static readonly int[] InUseCodes = OperatingSystem.IsWindows() ? [Windows(32), Windows(33)] : [11];
    private static readonly int[] DiskFullCodes = OperatingSystem.IsWindows() ? [Windows(112), Windows(39)] : [28, 122];
    private static readonly int[] FolderCodes = OperatingSystem.IsWindows() ? [] : [21];

    /// <summary>The reason <paramref name="failure"/> names, as a message argument.</summary>
    public static string Reason(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        MessageWord? word = failure switch
        {
            FileNotFoundException or DirectoryNotFoundException => MessageWord.FileProblem.NotFound,
            PathTooLongException => MessageWord.FileProblem.PathTooLong,
            UnauthorizedAccessException => MessageWord.FileProblem.Denied,
            IOException when InUseCodes.Contains(failure.HResult) => MessageWord.FileProblem.InUse,
            IOException when DiskFullCodes.Contains(failure.HResult) => MessageWord.FileProblem.DiskFull,
            IOException when FolderCodes.Contains(failure.HResult) => MessageWord.FileProblem.Folder,
            _ => null,
        };
        return word?.ToArgument() ?? failure.Message;
    }

    private static int Windows(int code) => unchecked((int)0x80070000) | code;
}
