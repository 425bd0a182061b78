using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Check;

/// <summary>
/// The findings rules make about single paragraphs, grouped as <see cref="PlaceFindings"/> groups
/// them: the same finding (same code, same measured values: 12 pt beside 11 pt is another) over
/// several paragraphs is told once, at the first, quoting it, with every paragraph it holds at.
/// </summary>
internal sealed class ParagraphFindings
{
    private readonly PlaceFindings _found = new(PlaceKind.Paragraph);

    /// <summary>Notes a finding at paragraph <paramref name="number"/> (from 1), quoting it, with the values its message names.</summary>
    public void Add(int number, DiagnosticCode code, string quote, string[] values) =>
        _found.Add(number, code, string.Join('\u0001', values), [quote, .. values]);

    /// <summary>Tells every finding noted, each group once, in the order first found.</summary>
    public void Tell(string file, DiagnosticBag diagnostics) => _found.Tell(file, diagnostics);

    /// <summary>A paragraph's place as every check finding names it: "paragraph 12", at line 12.</summary>
    public static SourceSpan At(string file, int number) => PlaceFindings.At(file, PlaceKind.Paragraph, number);
}
