using PlanGen.Core.Document;
using PlanGen.Core.Layout;

namespace PlanGen.Core.Build;

/// <summary>
/// Writes a layout tree as the file build hands out (a DOCX). Core lays the document out; the file
/// format lives in an assembly of its own and is given to the run by the program.
/// </summary>
public interface IDocumentWriter
{
    /// <summary>The file's bytes for <paramref name="document"/> laid out by <paramref name="profile"/>; the same tree and profile always give the same bytes.</summary>
    byte[] Write(LayoutDocument document, LayoutProfile profile);
}
