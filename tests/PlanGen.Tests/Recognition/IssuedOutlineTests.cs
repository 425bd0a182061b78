using PlanGen.Core.Recognition;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Recognition;

/// <summary>
/// A decision that issues a plan prints the plan after its signature and recipients; where the page
/// has no "(Ban hành kèm theo Quyết định …)" caption under the plan's "KẾ HOẠCH", the outline still
/// reads that plan as the document the decision issues, not as the decision's text.
/// </summary>
public sealed class IssuedOutlineTests
{
    [Theory]
    [InlineData("corpus/quyet-dinh/2014-son-la-ubnd-3605-qd.txt")]
    [InlineData("corpus/quyet-dinh/2021-quang-ninh-ubnd-4858-qd.txt")]
    public void A_plan_type_line_after_the_decisions_closing_starts_the_issued_plan_without_a_caption(string document)
    {
        using var folder = new TempFolder();
        var outline = DocumentOutline.Of(OneRecognizerDocuments.Read(document, folder));

        Assert.True(outline.IsDecision);
        Assert.NotNull(outline.Issued);
        Assert.Equal("KẾ HOẠCH", outline.IssuedTitle!.Text.Trim());
        Assert.Null(outline.IssuedWith);
        // The decision's own closing stands before the plan: its recipients are the decision's.
        Assert.NotNull(outline.RecipientsHeading);
        int At(PlanGen.Core.Document.Paragraph paragraph) => outline.Paragraphs.ToList().FindIndex(p => ReferenceEquals(p.Paragraph, paragraph));
        Assert.InRange(At(outline.RecipientsHeading.Paragraph), 0, At(outline.IssuedTitle.Paragraph) - 1);
        Assert.DoesNotContain(outline.Body, p => ReferenceEquals(p, outline.IssuedTitle.Paragraph));
    }
}
