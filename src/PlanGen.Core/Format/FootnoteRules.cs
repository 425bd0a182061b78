using PlanGen.Core.Diagnostics;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>
/// Holds a document's footnote references against its <c>footnotes:</c> once it is read: every
/// <c>[^n]</c> names an entry, every entry is referred to, and no note refers to a note. Each
/// problem is an error at its place, so nothing half-noted is built.
/// </summary>
internal static class FootnoteRules
{
    public static void Check(IReadOnlyList<string> notes, MapLoader map)
    {
        var diagnostics = map.Context.Diagnostics;
        var entries = map.Value("footnotes") switch
        {
            YamlList list => list.Items.Select(i => i.Span).ToList(),
            YamlText { IsNull: false } text => [text.Span],
            _ => new List<SourceSpan>(),
        };
        var referred = new HashSet<int>();
        foreach (var (number, span) in map.Context.FootnoteReferences)
        {
            if (entries.Any(e => Inside(span, e)))
            {
                diagnostics.Add(DiagnosticCode.FootnoteInFootnote, span, Number(number));
            }
            else if (number > notes.Count)
            {
                diagnostics.Add(DiagnosticCode.FootnoteWithoutNote, span, Number(number), Number(notes.Count));
            }
            else
            {
                referred.Add(number);
            }
        }
        for (var i = 0; i < notes.Count && i < entries.Count; i++)
        {
            if (!referred.Contains(i + 1))
            {
                diagnostics.Add(DiagnosticCode.FootnoteNotReferred, entries[i], Number(i + 1), Shortened(notes[i]));
            }
        }
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Shortened(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 50 ? line : line[..49] + "…";
    }

    private static bool Inside(SourceSpan inner, SourceSpan outer) =>
        inner.File == outer.File
        && (inner.StartLine, inner.StartColumn).CompareTo((outer.StartLine, outer.StartColumn)) >= 0
        && (inner.EndLine, inner.EndColumn).CompareTo((outer.EndLine, outer.EndColumn)) <= 0;
}
