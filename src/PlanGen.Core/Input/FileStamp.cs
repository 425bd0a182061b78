namespace PlanGen.Core.Input;

/// <summary>
/// A file's write time and length when it was read (length -1 when it did not exist), to tell
/// whether what a cache kept from it still holds.
/// </summary>
internal readonly record struct FileStamp(string Path, DateTime WriteTime, long Length)
{
    public static FileStamp Of(string path)
    {
        var file = new FileInfo(path);
        return new FileStamp(path, file.LastWriteTimeUtc, file.Exists ? file.Length : -1);
    }

    /// <summary>True while the file has the same write time and length.</summary>
    public bool IsCurrent => Of(Path) == this;
}
