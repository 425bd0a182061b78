using System.Text;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Hierarchy;

/// <summary>
/// Writes an output file whole or not at all: to a temporary file in the target folder, then moved
/// into place, so an interrupted run never leaves half a plan behind and never overwrites by accident.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="text"/> (UTF-8, no BOM) to <paramref name="path"/>; false after
    /// reporting PG4001 when the file exists and <paramref name="overwrite"/> is false, or PG4002.
    /// </summary>
    public static bool Write(string path, string text, bool overwrite, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(path);
        if (!overwrite && File.Exists(full))
        {
            diagnostics.Add(DiagnosticCode.OutputExists, SourceSpan.WholeFile(path), path);
            return false;
        }
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(temporary, text, new UTF8Encoding(false));
            File.Move(temporary, full, overwrite);
            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(full))
        {
            // Another process created it between the check and the move.
            diagnostics.Add(DiagnosticCode.OutputExists, SourceSpan.WholeFile(path), path);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCode.WriteFailed, SourceSpan.WholeFile(path), path, e.Message);
            return false;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
