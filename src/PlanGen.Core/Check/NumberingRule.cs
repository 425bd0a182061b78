using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Check;

/// <summary>
/// Parts I., II. …, clauses 1., 2. … and points a), b) … đ) … in sequence, whether typed or made by
/// Word's list engine; a clause restarts under each part, a point under each clause. The body is
/// walked as the outline reads it (<see cref="BodyOutline"/>), each section with the label the
/// grammar read at its start, so <c>1)</c> and <c>a.</c> count at their levels too, and a numbered
/// line the structure keeps as text still counts. A division a plan
/// numbers its parts with ("A.", "Phần I.") counts on its own and restarts everything under it, so
/// "C. NỘI DUNG" is the third division, not the Roman numeral 100.
/// </summary>
internal sealed class NumberingRule : ICheckRule
{
    public void Check(DocumentCheckContext context)
    {
        // The document issued with this one numbers its parts from I again.
        foreach (var document in context.Outline.Documents) Check(context, document.BodyOutline);
    }

    private static void Check(DocumentCheckContext context, BodyOutline body)
    {
        var expected = new int[3];
        var divisions = new Dictionary<bool, int>();
        // Each paragraph of the body once, at the section its first line starts; Part I whose
        // heading the page lost prints no label of its own (its first clause does).
        foreach (var section in body.Sections.Where(s => s.Lines[0].Line == 0 && !s.Untitled))
        {
            var paragraph = section.Lines[0].Paragraph!;
            if (paragraph.ListLabel is null && section.Division is { } division)
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
            // A part, clause or point counts by the label it prints, though the structure reads it as text.
            if (section.Printed is not { } label || Level(label) is not { } level) continue;
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
