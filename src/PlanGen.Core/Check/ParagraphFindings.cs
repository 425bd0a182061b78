using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Check;

/// <summary>
/// The findings rules make about single paragraphs, told the way a clerk fixes them: a document
/// typed elsewhere breaks the same rule with the same value in most of its paragraphs (12 pt,
/// aligned left), and is mended by selecting them all at once in Word. So the same finding (same
/// code, same measured values) over several paragraphs is told once, at the first, quoting it,
/// with every paragraph it holds at (<see cref="Diagnostic.Places"/>); a different value (12 pt
/// beside 11 pt) is another finding, and a finding on one paragraph is told as it is.
/// </summary>
internal sealed class ParagraphFindings
{
    private readonly List<(int Number, DiagnosticCode Code, string Quote, string[] Values)> _found = [];

    /// <summary>Notes a finding at paragraph <paramref name="number"/> (from 1), quoting it, with the values its message names.</summary>
    public void Add(int number, DiagnosticCode code, string quote, string[] values) => _found.Add((number, code, quote, values));

    /// <summary>Tells every finding noted, each group once, in the order first found.</summary>
    public void Tell(string file, DiagnosticBag diagnostics)
    {
        foreach (var group in _found.GroupBy(f => (f.Code, Key: string.Join('\u0001', f.Values))))
        {
            var numbers = group.Select(f => f.Number).Distinct().ToList();
            if (numbers.Count == 1)
            {
                // One paragraph (even two parts of one paragraph): each told as found.
                foreach (var one in group) diagnostics.Add(one.Code, At(file, one.Number), [one.Quote, .. one.Values]);
                continue;
            }
            var first = group.First();
            diagnostics.Add(new Diagnostic(first.Code, DiagnosticMessages.DefaultSeverity(first.Code), At(file, first.Number), [first.Quote, .. first.Values])
            {
                Places = [.. numbers.Select(n => At(file, n))],
            });
        }
        _found.Clear();
    }

    /// <summary>A paragraph's place as every check finding names it: "paragraph 12", at line 12.</summary>
    public static SourceSpan At(string file, int number) => SourceSpan.Named(file, "paragraph " + number, number - 1);
}
