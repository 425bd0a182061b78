using PlanGen.Core.Document;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Import;

/// <summary>
/// A read document as the import's lines: the outline's lines (<see cref="BodyLine.Of(IEnumerable{Block})"/>)
/// with the place each stands at in the source.
/// </summary>
internal static class DocumentLines
{
    public static List<ImportLine> Of(LayoutDocument document) => Of(BodyLine.Of(document.Body));

    public static List<ImportLine> Of(IEnumerable<BodyLine> lines) =>
        [.. lines.Select(l => new ImportLine(l.Text, l.Marked, (l.Paragraph?.Place ?? l.Table?.Place) ?? default, l.Table, l.Paragraph, l.Line))];
}
