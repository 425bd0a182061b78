using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Input;
using PlanGen.Core.Model;
using PlanGen.Core.Reports;
using PlanGen.Core.Yaml;

namespace PlanGen.Core;

/// <summary>
/// Read and check one document of the family, whatever its type: the first stage of validate and
/// build. The file is read once; its <c>type</c> says whether it is a plan (<see cref="PlanPipeline"/>),
/// a report (<see cref="ReportPipeline"/>), or a decision, Tờ trình, Thông báo or Công văn
/// (<see cref="Validation.FamilyRules"/>). An unexpected failure becomes one diagnostic naming
/// the file, never an exception to the caller.
/// </summary>
public static class DocumentPipeline
{
    /// <summary>The document at <paramref name="path"/>, read and checked; null when it could not be read.</summary>
    public static IFamilyDocument? Check(PlanGenRun run, string path, DiagnosticBag diagnostics, PlanCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            var text = PlanSource.Load(path, diagnostics);
            var root = text is null ? null : ReadContext.RootMapping(text, path, diagnostics);
            if (root is null)
            {
                run.Clock.Mark("plan read");
                return null;
            }
            var document = FamilyLoader.Read(root, path, diagnostics);
            run.Clock.Mark("plan read");
            return document switch
            {
                Plan plan => PlanPipeline.Checked(run, plan, diagnostics, options).Plan,
                Report report => ReportPipeline.Check(run, report, diagnostics),
                _ => Validation.FamilyRules.Check(run, document, diagnostics, options),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(DiagnosticCode.UnexpectedFailure, SourceSpan.WholeFile(path), e.GetType().Name + ": " + e.Message);
            return null;
        }
    }
}
