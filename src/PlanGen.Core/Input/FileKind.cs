using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace PlanGen.Core.Input;

/// <summary>
/// Tells a regular file from a device, pipe or socket before it is opened: opening a FIFO blocks
/// until a writer comes, and a device such as <c>/dev/zero</c> reports a length of 0 but never
/// ends. .NET does not expose the file type, so on Linux it is asked of <c>statx</c>, whose
/// layout is the same on every architecture; elsewhere the size cap of the reader still holds.
/// </summary>
public static partial class FileKind
{
    private const int AtCurrentFolder = -100;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int ModeOffset = 28;
    private const int SizeOffset = 40;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int FolderType = 0x4000;

    /// <summary>False when the path (after links) exists and is neither a regular file nor a folder.</summary>
    public static bool IsRegularOrFolder(string path)
    {
        Span<byte> buffer = stackalloc byte[256];
        // Missing or unreadable (or not Linux): the open that follows says why.
        return !TryStatx(path, StatxType, buffer) || TypeOf(buffer) is RegularType or FolderType;
    }

    /// <summary>
    /// The length of a regular file, asked in the one call that also tells its type; null when the
    /// path is not a regular file, cannot be asked about, or the system is not Linux.
    /// </summary>
    public static long? RegularFileLength(string path)
    {
        Span<byte> buffer = stackalloc byte[256];
        return TryStatx(path, StatxType | StatxSize, buffer) && TypeOf(buffer) == RegularType
            ? (long)BinaryPrimitives.ReadUInt64LittleEndian(buffer[SizeOffset..])
            : null;
    }

    // Fills buffer with the statx answer for the path (after links); false when it cannot be asked.
    private static bool TryStatx(string path, uint mask, Span<byte> buffer)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        var name = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        try
        {
            return Statx(AtCurrentFolder, name, 0, mask, buffer) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private static int TypeOf(ReadOnlySpan<byte> buffer) => BinaryPrimitives.ReadUInt16LittleEndian(buffer[ModeOffset..]) & TypeMask;

    [LibraryImport("libc", EntryPoint = "statx")]
    private static partial int Statx(int folder, byte[] path, int flags, uint mask, Span<byte> buffer);
}
