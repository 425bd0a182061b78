using System.Globalization;

namespace PlanGen.Core.Diagnostics;

/// <summary>The kind of numbered place a finding holds at: a DOCX paragraph, a PDF page, a line of a text.</summary>
public enum PlaceKind
{
    Paragraph,
    Page,
    Line,
}

/// <summary>
/// Findings about numbered places of one document, told the way a clerk mends them: a document
/// typed elsewhere breaks the same rule the same way in most of its paragraphs (12 pt, aligned
/// left), a PDF exported with a font left out shows it on most pages, a copied letter's header
/// boxes run together on several lines; each is mended once. So the findings with the same code
/// and the same <c>key</c> are told once, at the first, with every place they hold at
/// (<see cref="Diagnostic.Places"/>); a finding at one place is told as it is. The check's
/// paragraphs, a PDF's pages and an import's lines all go through here.
/// </summary>
/// <param name="kind">What the numbers count.</param>
/// <param name="span">The span of a place when it is not the kind's own (an import points at a text's line and a DOCX's paragraph as its other findings do).</param>
public sealed class PlaceFindings(PlaceKind kind, Func<string, int, SourceSpan>? span = null)
{
    private readonly List<(int Number, DiagnosticCode Code, string Key, string[] Arguments)> _found = [];

    /// <summary>The kind of place the numbers given to <see cref="Add"/> count.</summary>
    public PlaceKind Kind => kind;

    /// <summary>Notes a finding at place <paramref name="number"/> (from 1), grouped with those of the same <paramref name="code"/> and <paramref name="key"/>.</summary>
    public void Add(int number, DiagnosticCode code, string key, string[] arguments) => _found.Add((number, code, key, arguments));

    /// <summary>Tells every finding noted into <paramref name="diagnostics"/>, each group once, in the order first found.</summary>
    public void Tell(string file, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in Grouped(file)) diagnostics.Add(diagnostic);
    }

    /// <summary>
    /// The findings noted, each group once, in the order first found, and forgets them. A group at
    /// several places is told with the arguments <paramref name="merge"/> makes of all its findings'
    /// (by default the first's: the same finding quoted where it is first met).
    /// </summary>
    public IReadOnlyList<Diagnostic> Grouped(string file, Func<IReadOnlyList<string[]>, string[]>? merge = null)
    {
        var told = new List<Diagnostic>();
        foreach (var group in _found.GroupBy(f => (f.Code, f.Key)))
        {
            var numbers = group.Select(f => f.Number).Distinct().ToList();
            if (numbers.Count == 1)
            {
                // One place (even two parts of one paragraph): each told as found.
                told.AddRange(group.Select(one => new Diagnostic(one.Code, DiagnosticMessages.DefaultSeverity(one.Code), At(file, one.Number), one.Arguments)));
                continue;
            }
            var first = group.First();
            var arguments = merge is null ? first.Arguments : merge([.. group.Select(f => f.Arguments)]);
            told.Add(new Diagnostic(first.Code, DiagnosticMessages.DefaultSeverity(first.Code), At(file, first.Number), arguments)
            {
                Places = [.. numbers.Select(n => At(file, n))],
                PlacesAre = kind,
            });
        }
        _found.Clear();
        return told;
    }

    /// <summary>The span of place <paramref name="number"/>: "paragraph 12" and "page 3" by name, a text's line as its line.</summary>
    public SourceSpan At(string file, int number) => span is null ? At(file, kind, number) : span(file, number);

    /// <inheritdoc cref="At(string, int)"/>
    public static SourceSpan At(string file, PlaceKind kind, int number) => kind switch
    {
        PlaceKind.Paragraph => SourceSpan.Named(file, "paragraph " + number.ToString(CultureInfo.InvariantCulture), number - 1),
        PlaceKind.Page => SourceSpan.Named(file, "page " + number.ToString(CultureInfo.InvariantCulture), number - 1),
        _ => SourceSpan.At(file, number - 1, 0),
    };
}
