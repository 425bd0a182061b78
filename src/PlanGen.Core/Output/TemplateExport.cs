using PlanGen.Core.Diagnostics;
using PlanGen.Core.Templating;

namespace PlanGen.Core.Output;

/// <summary><c>plangen templates export NAME DIR</c>: a copy of a built-in template for an office to edit.</summary>
public static class TemplateExport
{
    extension(TemplateCatalog catalog)
    {
        /// <summary>
        /// Writes a built-in template's files into <paramref name="directory"/> (created when
        /// missing) for editing and use with <c>--template</c>. Existing files are kept unless
        /// <paramref name="overwrite"/> is set (PG4001); failures are PG4002.
        /// </summary>
        public bool Export(PlanGenRun run, string name, string directory, DiagnosticBag diagnostics, bool overwrite = false)
        {
            if (catalog.CopyOf(name, diagnostics) is not { } files)
            {
                return false;
            }
            var targets = files.Keys.Order(StringComparer.Ordinal).Select(f => (File: f, Path: Path.Combine(directory, f))).ToList();
            var existing = targets.Where(t => File.Exists(t.Path)).ToList();
            if (!overwrite && existing.Count > 0)
            {
                foreach (var (_, path) in existing)
                {
                    diagnostics.Add(DiagnosticCode.OutputExists, SourceSpan.WholeFile(path), path);
                }
                return false;
            }
            return targets.All(t => OutputFile.WriteAtomically(run, t.Path, files[t.File], overwrite: true, diagnostics));
        }
    }
}
