using PlanGen.Core.Diagnostics;

namespace PlanGen.Pdf.Checking;

/// <summary>
/// The findings of a PDF's pages, grouped as <see cref="PlaceFindings"/> groups the DOCX check's
/// paragraphs: a PDF exported from a document typed in decomposed letters, or with a font left
/// out, shows the same fault on most of its pages, and it is mended once, in the source document.
/// The same finding (same code, same <c>key</c>: the font, or nothing for the text's NFC) on several
/// pages is told once, at the first, with every page it holds on.
/// </summary>
internal sealed class PageFindings
{
    private readonly PlaceFindings _found = new(PlaceKind.Page);

    /// <summary>Notes a finding on page <paramref name="page"/> (from 1), grouped with the same <paramref name="key"/>; <paramref name="arguments"/> are its message's values on that page.</summary>
    public void Add(int page, DiagnosticCode code, string key, params string[] arguments) => _found.Add(page, code, key, arguments);

    /// <summary>Tells every finding noted, each group once, in the order first found.</summary>
    public void Tell(string file, DiagnosticBag diagnostics) => _found.Tell(file, diagnostics);

    /// <summary>A page's place as every PDF finding names it: "page 3", numbered 3.</summary>
    public static SourceSpan OnPage(string file, int page) => PlaceFindings.At(file, PlaceKind.Page, page);
}
