using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Check;

/// <summary>What every rule needs: the document, its recognised parts, the ranges, and where findings go.</summary>
public sealed class DocumentCheckContext(LayoutDocument document, CheckRanges ranges, DiagnosticBag diagnostics)
{
    /// <summary>Sizes within this many points count as equal (Word stores half points).</summary>
    public const double SizeTolerance = 0.01;

    /// <summary>Lengths within this many millimetres count as equal (twips round).</summary>
    public const double LengthToleranceMm = 0.3;

    public LayoutDocument Document { get; } = document;
    /// <summary>The document's Decree 30 outline, read once for every rule.</summary>
    public DocumentOutline Outline { get; } = DocumentOutline.Of(document);
    public CheckRanges Ranges { get; } = ranges;

    private readonly ParagraphFindings _paragraphFindings = new();

    /// <summary>Reports a finding at a paragraph, told as it is (a rule that counts its paragraphs itself, as the font's does).</summary>
    public void At(Paragraph paragraph, DiagnosticCode code, params string[] arguments) =>
        diagnostics.Add(code, ParagraphFindings.At(File, NumberOf(paragraph)), arguments);

    /// <summary>
    /// Reports a finding about one paragraph, quoted by <paramref name="quote"/> (the message's first
    /// value), with the values the rule measured. The same finding with the same values in several
    /// paragraphs is told once, with all of them (<see cref="ParagraphFindings"/>), when <see cref="Tell"/> is called.
    /// </summary>
    public void OnParagraph(Paragraph paragraph, DiagnosticCode code, string quote, params string[] values) =>
        _paragraphFindings.Add(NumberOf(paragraph), code, quote, values);

    /// <summary>Tells the paragraph findings noted so far; called once every rule has run.</summary>
    public void Tell() => _paragraphFindings.Tell(File, diagnostics);

    /// <summary>The file the document was read from.</summary>
    public string File => Document.Source?.File ?? "";

    /// <summary>A read paragraph's (or table's first paragraph's) number in the DOCX, from 1; 0 for one that was not read from a DOCX.</summary>
    public static int NumberOf(Block block) => block.Place?.Paragraph ?? 0;

    /// <summary>Reports a finding about a section (numbered from 1).</summary>
    public void AtSection(int section, DiagnosticCode code, params string[] arguments) =>
        diagnostics.Add(code, SourceSpan.Named(File, "section " + section), arguments);

    /// <summary>Reports a finding at a named place such as "header of page 2+".</summary>
    public void AtPlace(string place, DiagnosticCode code, params string[] arguments) =>
        diagnostics.Add(code, SourceSpan.Named(File, place), arguments);

    /// <summary>Reports a finding about the whole document.</summary>
    public void AtFile(DiagnosticCode code, params string[] arguments) =>
        diagnostics.Add(code, SourceSpan.WholeFile(File), arguments);

    /// <summary>The first words of a text, for a message that must say which paragraph it means.</summary>
    public static string FirstWords(string text)
    {
        var line = text.Replace('\t', ' ').Replace('\n', ' ').Trim();
        return line.Length <= 48 ? line : line[..48].TrimEnd() + "…";
    }
}
