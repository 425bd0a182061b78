using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Batch;

/// <summary>Expands the plan arguments of a command: files as given, folders to their plan YAMLs.</summary>
public static class InputFiles
{
    /// <summary>
    /// Plan files in a stable order; a folder yields its *.yaml files except units.yaml. A folder
    /// holding no plan is reported to <paramref name="diagnostics"/> (PG4004).
    /// </summary>
    public static List<string> Expand(IEnumerable<string> arguments, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var plans = Directory.EnumerateFiles(argument, "*.yaml", SearchOption.TopDirectoryOnly)
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

    /// <summary>
    /// Documents to import in a stable order; a folder yields the files a document reader takes
    /// (DOCX, PDF, text). A folder holding none is reported (PG4004).
    /// </summary>
    public static List<string> ExpandDocuments(IEnumerable<string> arguments, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var documents = Directory.EnumerateFiles(argument, "*", SearchOption.TopDirectoryOnly)
                    .Where(PlanGen.Core.Import.DocumentReaders.IsDocument)
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
