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
    /// <summary>
    /// The pages a signing block opens, with no text above it: every block counts, as a decision
    /// carries its plan and each is signed. The first page always has its header above.
    /// </summary>
    public static IEnumerable<int> AlonePages(IReadOnlyList<PageContent> pages) =>
        pages.Skip(1).Where(page => page.Items.Count > 0 && Texts(page.Items[0]).Any(IsSigningLine)).Select(page => page.Number);

    private static bool IsSigningLine(string line) => RecipientLine.IsHeading(line) || AuthorityLine.Parse(line) is not null;

    private static IEnumerable<string> Texts(PageItem item) => item switch
    {
        LineItem line => [line.Line.Text],
        ColumnsItem columns => columns.Block.Left.Concat(columns.Block.Right).Select(l => l.Text),
        _ => [],
    };
}
