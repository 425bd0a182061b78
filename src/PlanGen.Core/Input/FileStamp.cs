namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>
/// A file's write time and length when it was read (length -1 when it did not exist), to tell
/// whether what was read from it still holds.
/// </summary>
internal readonly record struct FileStamp(string Path, DateTime WriteTime, long Length)
{
    public static FileStamp Of(string fullPath)
    {
        var file = new FileInfo(fullPath);
        return new FileStamp(fullPath, file.LastWriteTimeUtc, file.Exists ? file.Length : -1);
    }

    /// <summary>True while the file has the same write time and length.</summary>
    public bool IsCurrent => Of(Path) == this;
}
