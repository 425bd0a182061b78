using System.Globalization;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Input;

/// <summary>
/// The one way plangen reads an input file (plan, parent, units, profile, template, and the DOCX,
/// PDF and text documents it imports, checks and fixes): the path must be a usable name, the file a
/// regular file (not a folder, device, pipe or socket), and no more than a cap is ever read — the
/// length a file system reports is not trusted, as devices report 0. Every refusal is a
/// diagnostic naming the file, never an exception.
/// </summary>
public static class BoundedFile
{
    /// <summary>The file's bytes, or null after reporting PG1010, PG1011, PG1015 or PG1016.</summary>
    public static byte[]? Read(string path, long maxBytes, DiagnosticBag diagnostics) =>
        Read(path, maxBytes, diagnostics, length => TooLarge(path, length, maxBytes, diagnostics));

    /// <summary>Reports PG1010 for a plan of <paramref name="length"/> bytes (<see cref="long.MaxValue"/>: unknown, but over the cap).</summary>
    public static void TooLarge(string path, long length, long maxBytes, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        diagnostics.Add(DiagnosticCode.FileTooLarge, SourceSpan.WholeFile(path),
            length > maxBytes && length != long.MaxValue ? (length / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) : "> " + Megabytes(maxBytes),
            Megabytes(maxBytes));
    }

    /// <summary>
    /// As <see cref="Read(string, long, DiagnosticBag)"/>, with a file over <paramref name="maxBytes"/>
    /// reported by <paramref name="tooLarge"/> (given the file's length, or <see cref="long.MaxValue"/>
    /// when only the capped read found it too long), so that each kind of document names its own limit.
    /// </summary>
    public static byte[]? Read(string path, long maxBytes, DiagnosticBag diagnostics, Action<long> tooLarge)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(tooLarge);
        if (!IsUsablePath(path))
        {
            diagnostics.Add(DiagnosticCode.UnusablePath, SourceSpan.WholeFile(Printable(path)));
            return null;
        }
        var where = SourceSpan.WholeFile(path);
        try
        {
            if (FileKind.RegularFileLength(path) is { } known && known <= maxBytes && ReadKnownLength(path, known) is { } bytes)
            {
                return bytes;
            }
            if (Directory.Exists(path))
            {
                diagnostics.Add(DiagnosticCode.FileUnreadable, where, MessageWord.FileProblem.Folder);
                return null;
            }
            if (!File.Exists(path))
            {
                diagnostics.Add(DiagnosticCode.FileUnreadable, where, MessageWord.FileProblem.NotFound);
                return null;
            }
            if (!FileKind.IsRegularOrFolder(path))
            {
                diagnostics.Add(DiagnosticCode.NotRegularFile, where);
                return null;
            }
            // A regular file's own length is refused at once; the capped read below still holds
            // whatever the file system reports.
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                tooLarge(length);
                return null;
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            return ReadCapped(stream, maxBytes, tooLarge);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            diagnostics.Add(DiagnosticCode.FileUnreadable, where, FileProblems.Reason(e));
            return null;
        }
    }

    /// <summary>
    /// True when <paramref name="path"/> can name a file at all: not empty or blank, no NUL or
    /// other control character. Such paths make .NET throw instead of failing to open.
    /// </summary>
    public static bool IsUsablePath(string? path) =>
        !string.IsNullOrWhiteSpace(path) && !path.Any(char.IsControl);

    /// <summary>The path as it can be printed in a diagnostic: control characters escaped, empty named.</summary>
    public static string Printable(string? path) =>
        string.IsNullOrEmpty(path) ? "''" : EchoText.Escape(path);

    /// <summary>
    /// The usual case, a regular file of an allowed length: read in one piece into an array of
    /// that length. Null when the file turns out longer than it said (it is growing), so the
    /// capped read decides.
    /// </summary>
    private static byte[]? ReadKnownLength(string path, long length)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var bytes = new byte[length];
        var total = 0;
        while (total < bytes.Length)
        {
            var read = RandomAccess.Read(handle, bytes.AsSpan(total), total);
            if (read == 0)
            {
                return bytes[..total]; // it shrank meanwhile: what is there is the file
            }
            total += read;
        }
        Span<byte> more = stackalloc byte[1];
        return RandomAccess.Read(handle, more, total) == 0 ? bytes : null;
    }

    private static byte[]? ReadCapped(Stream stream, long maxBytes, Action<long> tooLarge)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                tooLarge(long.MaxValue);
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string Megabytes(long bytes) =>
        (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture);
}
