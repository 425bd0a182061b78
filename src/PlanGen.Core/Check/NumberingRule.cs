using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Check;

/// <summary>
/// Parts I., II. …, clauses 1., 2. … and points a), b) … đ) … in sequence, whether typed or made by
/// Word's list engine; a clause restarts under each part, a point under each clause. Labels are
/// read by the grammar, so <c>1)</c> and <c>a.</c> count at their levels too. A division a plan
/// numbers its parts with ("A.", "Phần I.") counts on its own and restarts everything under it, so
/// "C. NỘI DUNG" is the third division, not the Roman numeral 100.
/// </summary>
internal sealed class NumberingRule : ICheckRule
{
    public void Check(DocumentCheckContext context)
    {
        var expected = new int[3];
        var divisions = new Dictionary<bool, int>();
        foreach (var paragraph in context.Parts.Body)
        {
            if (paragraph.ListLabel is null && DivisionHeading.Parse(paragraph.Text) is { } division)
            {
                // "Phần" divisions and lettered ones are counted apart: a plan may letter the parts under its "Phần".
                var named = division.Label.Length > 3;
                var last = divisions.GetValueOrDefault(named);
                if (division.Number != last + 1)
                {
                    context.At(paragraph, DiagnosticCode.CheckNumbering, DocumentCheckContext.FirstWords(paragraph.Text), division.Label, DivisionHeading.Format(named ? "named" : "letters", last + 1) ?? division.Label);
                }
                divisions[named] = division.Number;
                Array.Clear(expected);
                continue;
            }
            var read = paragraph.ListLabel is { } listLabel ? NumberingLabel.Parse(listLabel.Trim() + " ") : NumberingLabel.Parse(paragraph.Text);
            if (read?.Label is not { } label || Level(label) is not { } level) continue;
            var value = label.Number;
            if (value != expected[level] + 1)
            {
                context.At(paragraph, DiagnosticCode.CheckNumbering, DocumentCheckContext.FirstWords(paragraph.Text), label.Format(), Expected(label, expected[level] + 1).Format());
            }

            expected[level] = value;
            for (var deeper = level + 1; deeper < 3; deeper++) expected[deeper] = 0;
        }
    }

    // Parts, clauses and points count; a nested clause (1.1) and "-"/"+" items do not.
    private static int? Level(NumberingLabel label) => label.Kind switch
    {
        LabelKind.Part => 0,
        LabelKind.Clause when label.Path.Count == 1 => 1,
        LabelKind.Point => 2,
        _ => null,
    };

    private static NumberingLabel Expected(NumberingLabel found, int value) => found.Kind switch
    {
        LabelKind.Part => NumberingLabel.Part(value),
        LabelKind.Clause => NumberingLabel.Clause(value),
        _ => NumberingLabel.Point(value),
    };
}
