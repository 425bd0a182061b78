using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Check;

/// <summary>
/// Form 1.3: a decision's "QUYẾT ĐỊNH:" line, centred and bold, before its articles, and the
/// articles Điều 1., Điều 2. … in sequence.
/// </summary>
internal sealed class DecisionRule : ICheckRule
{
    public void Check(DocumentCheckContext context)
    {
        var outline = context.Outline;
        if (!outline.IsDecision) return;
        var decides = outline.Body.ToList().FindIndex(p => ArticleLabel.IsDecidesLine(p.Text));
        var articles = outline.Body.Select((p, i) => (Paragraph: p, Index: i, Label: ArticleLabel.Parse(p.Text))).Where(a => a.Label is not null).ToList();
        if (decides < 0 || (articles.Count > 0 && articles[0].Index < decides))
        {
            context.AtFile(DiagnosticCode.CheckDecidesLineMissing);
        }
        else
        {
            var line = outline.Body[decides];
            HeaderRule.Item(context, TextSegment.Of(line)[0], MessageWord.Part.DecidesLine, new HeaderRule.Look(true, true, false, "BodySizePt", false), required: true);
        }

        if (articles.Count == 0)
        {
            context.AtFile(DiagnosticCode.CheckArticlesMissing);
            return;
        }

        var expected = 1;
        foreach (var (paragraph, _, label) in articles)
        {
            if (label!.Value.Number != expected)
            {
                context.At(paragraph, DiagnosticCode.CheckNumbering, DocumentCheckContext.FirstWords(paragraph.Text),
                    ArticleLabel.Format(label.Value.Number), ArticleLabel.Format(expected));
            }
            expected = label.Value.Number + 1;
        }
    }
}
