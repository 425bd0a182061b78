using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Output;

/// <summary>
/// Writes an output file so that nothing is ever lost: the bytes go to a temporary file in the
/// target folder and are moved over the target only when complete. On any failure the previous
/// file is untouched and no partial file remains.
/// </summary>
public static class OutputFile
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark; see the byte overload.</summary>
    public static bool WriteAtomically(PlanGenRun run, string path, string text, bool overwrite, DiagnosticBag diagnostics) =>
        WriteAtomically(run, path, new System.Text.UTF8Encoding(false).GetBytes(text), overwrite, diagnostics);

    /// <summary>The UTF-8 bytes of <paramref name="text"/> after a byte-order mark, as Excel needs to read a CSV's accents.</summary>
    public static byte[] Utf8WithBom(string text) => [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text)];

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>, replacing it; false after reporting PG4002 or PG4030.</summary>
    public static bool WriteAtomically(PlanGenRun run, string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics) =>
        WriteAtomically(run, path, bytes, overwrite: true, diagnostics);

    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/>; false after reporting PG4001 when
    /// the file exists and <paramref name="overwrite"/> is false (even when it appears while the
    /// bytes are written), PG4030 when the file cannot be replaced because it is read-only or open in
    /// another program (Word locks an open DOCX on Windows), or PG4002.
    /// </summary>
    public static bool WriteAtomically(PlanGenRun run, string path, ReadOnlySpan<byte> bytes, bool overwrite, DiagnosticBag diagnostics) =>
        WriteAtomically(run, path, bytes, null, overwrite, diagnostics);

    /// <summary>
    /// Copies <paramref name="content"/> to <paramref name="path"/> as it is read, never holding it
    /// whole, with the guarantees of the byte overload (replacing any file there).
    /// </summary>
    public static bool CopyAtomically(PlanGenRun run, string path, Stream content, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(content);
        return WriteAtomically(run, path, [], content, overwrite: true, diagnostics);
    }

    // The bytes, or what content holds when it is given.
    private static bool WriteAtomically(PlanGenRun run, string path, ReadOnlySpan<byte> bytes, Stream? content, bool overwrite, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(run);
        var full = Path.GetFullPath(path);
        // The commands refuse their own inputs; this refuses what the inputs led the run to read.
        if (run.HasRead(full))
        {
            diagnostics.Add(DiagnosticCode.OutputIsInput, SourceSpan.WholeFile(path), path);
            return false;
        }
        if (!overwrite && File.Exists(full))
        {
            diagnostics.Add(DiagnosticCode.OutputExists, SourceSpan.WholeFile(path), path);
            return false;
        }
        // A rename replaces a read-only file on Linux but not on Windows: refuse it the same everywhere.
        if (File.Exists(full) && File.GetAttributes(full).HasFlag(FileAttributes.ReadOnly))
        {
            diagnostics.Add(DiagnosticCode.OutputLocked, SourceSpan.WholeFile(path), path);
            return false;
        }

        if (File.Exists(full) && !Input.FileKind.IsRegularOrFolder(full))
        {
            diagnostics.Add(DiagnosticCode.OutputNotRegular, SourceSpan.WholeFile(path), path);
            return false;
        }

        var folder = Path.GetDirectoryName(full)!;
        // Same folder, so the final move is a rename on one file system, never a copy.
        var temporary = TemporaryFiles.For(full);
        try
        {
            Directory.CreateDirectory(folder);
            run.StaleFiles.DeleteStale(full);
            run.InFlight.Track(temporary);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                if (content is null)
                {
                    stream.Write(bytes);
                }
                else
                {
                    content.CopyTo(stream);
                }
                stream.Flush(flushToDisk: true);
            }
            try
            {
                File.Move(temporary, full, overwrite);
                run.InFlight.Untrack(temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && File.Exists(full) && (overwrite || e is UnauthorizedAccessException))
            {
                // The new bytes are complete; only the old file refused to go: it is open or protected.
                run.InFlight.Delete(temporary);
                diagnostics.Add(DiagnosticCode.OutputLocked, SourceSpan.WholeFile(path), path);
                return false;
            }
            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(full))
        {
            // Another process created it between the check and the move.
            run.InFlight.Delete(temporary);
            diagnostics.Add(DiagnosticCode.OutputExists, SourceSpan.WholeFile(path), path);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            run.InFlight.Delete(temporary);
            diagnostics.Add(DiagnosticCode.WriteFailed, SourceSpan.WholeFile(path), path, FileProblems.Reason(e));
            return false;
        }
    }
}
