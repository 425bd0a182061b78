using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Batch;

/// <summary>Expands the plan arguments of a command: files as given, folders to their plan YAMLs.</summary>
public static class InputFiles
{
    /// <summary>
    /// Plan files in a stable order; a folder yields its *.yaml files and those of its sub-folders
    /// (a province's plans kept in a folder per body), except units.yaml and what hidden folders
    /// (<c>.git</c>) hold. A folder holding no plan is reported to <paramref name="diagnostics"/> (PG4004).
    /// </summary>
    public static List<string> Expand(IEnumerable<string> arguments, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var plans = PlanFilesUnder(argument)
                    .Where(f => !Path.GetFileName(f).Equals("units.yaml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (plans.Count == 0)
                {
                    diagnostics.Add(DiagnosticCode.NoInputs, SourceSpan.WholeFile(argument), argument);
                }
                files.AddRange(plans);
            }
            else
            {
                files.Add(argument);
            }
        }
        return files;
    }

    private static IEnumerable<string> PlanFilesUnder(string folder)
    {
        // Links to folders are not followed, so a link back up cannot make the walk endless.
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(current, "*.yaml", options))
            {
                yield return file;
            }
            foreach (var sub in Directory.EnumerateDirectories(current, "*", options))
            {
                if (!Path.GetFileName(sub).StartsWith('.') && !new DirectoryInfo(sub).Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    pending.Push(sub);
                }
            }
        }
    }

    /// <summary>
    /// Documents to import in a stable order; a folder yields the files a document reader takes
    /// (DOCX, PDF, text). A folder holding none is reported (PG4004).
    /// </summary>
    public static List<string> ExpandDocuments(PlanGenRun run, IEnumerable<string> arguments, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var documents = Directory.EnumerateFiles(argument, "*", SearchOption.TopDirectoryOnly)
                    .Where(run.Readers.IsDocument)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (documents.Count == 0)
                {
                    diagnostics.Add(DiagnosticCode.NoInputs, SourceSpan.WholeFile(argument), argument);
                }
                files.AddRange(documents);
            }
            else
            {
                files.Add(argument);
            }
        }
        return files;
    }
}
