using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;

namespace PlanGen.Core.Output;

/// <summary>
/// The <c>plan.schema.json</c> that the modeline of a written plan points to, kept beside the
/// plan so the editor finds it. Used by every command that writes a plan with that line.
/// </summary>
public static class PlanSchemaFile
{
    // Plans of one batch are written in parallel into the same folder: one at a time decides
    // whether the schema is there, so the second finds the first's file instead of racing it.
    private static readonly Lock Gate = new();

    /// <summary>
    /// Writes <see cref="PlanSchema.FileName"/> into <paramref name="folder"/> when it is absent;
    /// leaves it as it is when it already holds the current schema; when it holds something else
    /// (the user's own, or an older plangen's) leaves it too and reports PG4035, since it may be
    /// on purpose. False only after a write failed (PG4001, PG4002, PG4030).
    /// </summary>
    public static bool EnsureIn(PlanGenRun run, string folder, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(folder, PlanSchema.FileName);
        lock (Gate)
        {
            if (!File.Exists(path))
            {
                return OutputFile.WriteAtomically(run, path, PlanSchema.Json, overwrite: false, diagnostics);
            }
        }
        if (!IsCurrent(path))
        {
            diagnostics.Add(DiagnosticCode.SchemaFileDiffers, SourceSpan.WholeFile(path), path);
        }
        return true;
    }

    /// <summary>The same as <see cref="EnsureIn"/> for the folder of the plan at <paramref name="planPath"/>.</summary>
    public static bool EnsureBeside(PlanGenRun run, string planPath, DiagnosticBag diagnostics) =>
        EnsureIn(run, Path.GetDirectoryName(Path.GetFullPath(planPath))!, diagnostics);

    // A checkout with CRLF line ends or an editor's byte-order mark is still the same schema. Read
    // the guarded way: a FIFO of that name is not waited on, only found not to be the schema.
    private static bool IsCurrent(string path) =>
        Input.BoundedFile.Read(path, 4 * PlanSchema.Json.Length + 1024, new DiagnosticBag()) is { } bytes
        && Normalize(System.Text.Encoding.UTF8.GetString(bytes)) == Normalize(PlanSchema.Json);

    private static string Normalize(string text) => text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
}
