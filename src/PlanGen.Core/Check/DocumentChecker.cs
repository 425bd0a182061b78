using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;

namespace PlanGen.Core.Check;

/// <summary>
/// Checks a read document against Decree 30/2020/NĐ-CP's layout (docs/nd30-layout.md): page,
/// font, header boxes, title, body, numbering, closing block, signature, page numbers, appendix.
/// Judges by the decree's ranges, so any allowed value passes, not only plangen's defaults.
/// </summary>
public static class DocumentChecker
{
    private static readonly ICheckRule[] Rules =
    [
        new PageRule(), new FontRule(), new HeaderRule(), new NumberDateRule(), new BodyRule(),
        new NumberingRule(), new DecisionRule(), new IssuedDocumentRule(), new ClosingRule(), new PageNumberRule(), new AppendixRule(), new FootnoteRule(),
    ];

    /// <summary>Runs every rule; findings go to <paramref name="diagnostics"/>.</summary>
    public static void Check(LayoutDocument document, CheckRanges ranges, DiagnosticBag diagnostics)
    {
        var context = new DocumentCheckContext(document, ranges, diagnostics);
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }
        context.Tell();
    }
}
