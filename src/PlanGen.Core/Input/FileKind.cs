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
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }
        var buffer = new byte[256];
        var name = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        try
        {
            if (Statx(AtCurrentFolder, name, 0, StatxType, buffer) != 0)
            {
                return true; // missing or unreadable: the open that follows says why
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return true;
        }
        var type = BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
        return type is RegularType or FolderType;
    }

    /// <summary>
    /// The length of a regular file, asked in the one call that also tells its type; null when the
    /// path is not a regular file, cannot be asked about, or the system is not Linux.
    /// </summary>
    public static long? RegularFileLength(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        Span<byte> buffer = stackalloc byte[256];
        var name = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        try
        {
            if (Statx(AtCurrentFolder, name, 0, StatxType | StatxSize, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
        var type = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(buffer[ModeOffset..]) & TypeMask;
        return type == RegularType ? (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(buffer[SizeOffset..]) : null;
    }

    [LibraryImport("libc", EntryPoint = "statx")]
    private static partial int Statx(int folder, byte[] path, int flags, uint mask, Span<byte> buffer);

    [LibraryImport("libc", EntryPoint = "statx")]
    private static partial int Statx(int folder, byte[] path, int flags, uint mask, byte[] buffer);
}
