using PlanGen.Core.Document.Grammar;
using PlanGen.Pdf.Reading;

namespace PlanGen.Pdf.Checking;

/// <summary>
/// Where the signing block (the recipients beside the signer's authority lines) is printed: a block
/// that opens its page, with no line of the text above it, reads as a page signed apart from the
/// document, which the decree's practice forbids (the last lines of the text go with the signature).
/// </summary>
internal static class SigningBlockPlacement
{
    /// <summary>The page the signing block opens alone; null when it has text above it or there is none.</summary>
    public static int? AlonePage(IReadOnlyList<PageContent> pages)
    {
        // The block is the last one in the document: the appendices that follow it have none.
        for (var p = pages.Count - 1; p >= 0; p--)
        {
            var items = pages[p].Items;
            var first = -1;
            for (var i = 0; i < items.Count && first < 0; i++)
            {
                if (Texts(items[i]).Any(IsSigningLine)) first = i;
            }
            if (first >= 0) return first == 0 && p > 0 ? pages[p].Number : null;
        }
        return null;
    }

    private static bool IsSigningLine(string line) => RecipientLine.IsHeading(line) || AuthorityLine.Parse(line) is not null;

    private static IEnumerable<string> Texts(PageItem item) => item switch
    {
        LineItem line => [line.Line.Text],
        ColumnsItem columns => columns.Block.Left.Concat(columns.Block.Right).Select(l => l.Text),
        _ => [],
    };
}
