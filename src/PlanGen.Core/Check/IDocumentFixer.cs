using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Check;

/// <summary>
/// Repairs what <c>check --fix</c> can repair mechanically in a DOCX (margins, fonts, spacing, page
/// numbers), in the file's own markup; the format lives in an assembly of its own.
/// </summary>
public interface IDocumentFixer
{
    /// <summary>
    /// A repaired copy of <paramref name="path"/>, judged by <paramref name="ranges"/>; null after
    /// reporting why the file could not be read or repaired.
    /// </summary>
    /// <param name="macroEnabled">True when the copy is itself macro-enabled (a .docm), so its macros stay.</param>
    FixedCopy? Fix(string path, CheckRanges ranges, bool macroEnabled, DiagnosticBag diagnostics);
}
