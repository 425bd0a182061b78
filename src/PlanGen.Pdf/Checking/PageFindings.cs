using System.Globalization;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Pdf.Checking;

/// <summary>
/// The findings of a PDF's pages, told as the DOCX check tells its paragraphs': a PDF exported from
/// a document typed in decomposed letters, or with a font left out, shows the same fault on most of
/// its pages, and it is mended once, in the source document. So the same finding (same code, same
/// <c>key</c>: the font, or nothing for the text's NFC) on several pages is told once, at the first,
/// with every page it holds on (<see cref="Diagnostic.Places"/>); a finding on one page is told as it is.
/// </summary>
internal sealed class PageFindings
{
    private readonly List<(int Page, DiagnosticCode Code, string Key, string[] Arguments)> _found = [];

    /// <summary>Notes a finding on page <paramref name="page"/> (from 1), grouped with the same <paramref name="key"/>; <paramref name="arguments"/> are its message's values on that page.</summary>
    public void Add(int page, DiagnosticCode code, string key, params string[] arguments) => _found.Add((page, code, key, arguments));

    /// <summary>Tells every finding noted, each group once, in the order first found.</summary>
    public void Tell(string file, DiagnosticBag diagnostics)
    {
        foreach (var group in _found.GroupBy(f => (f.Code, f.Key)))
        {
            var first = group.First();
            var pages = group.Select(f => f.Page).Distinct().ToList();
            diagnostics.Add(new Diagnostic(first.Code, DiagnosticMessages.DefaultSeverity(first.Code), OnPage(file, first.Page), first.Arguments)
            {
                Places = pages.Count > 1 ? [.. pages.Select(p => OnPage(file, p))] : [],
            });
        }
        _found.Clear();
    }

    /// <summary>A page's place as every PDF finding names it: "page 3", numbered 3.</summary>
    public static SourceSpan OnPage(string file, int page) => SourceSpan.Named(file, "page " + page.ToString(CultureInfo.InvariantCulture), page - 1);
}
