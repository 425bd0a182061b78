using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Reading;

namespace PlanGen.Core.Check;

/// <summary>What every rule needs: the document, its recognised parts, the ranges, and where findings go.</summary>
public sealed class DocumentCheckContext(SourceDocument document, CheckRanges ranges, DiagnosticBag diagnostics)
{
    /// <summary>Sizes within this many points count as equal (Word stores half points).</summary>
    public const double SizeTolerance = 0.01;

    /// <summary>Lengths within this many millimetres count as equal (twips round).</summary>
    public const double LengthToleranceMm = 0.3;

    public SourceDocument Document { get; } = document;
    public DocumentParts Parts { get; } = new(document);
    public CheckRanges Ranges { get; } = ranges;

    /// <summary>Reports a finding at a paragraph.</summary>
    public void At(SourceParagraph paragraph, DiagnosticCode code, params string[] arguments) =>
        diagnostics.Add(code, SourceSpan.Named(Document.File, "paragraph " + paragraph.Location.Paragraph, paragraph.Location.Paragraph - 1), arguments);

    /// <summary>Reports a finding about a section (numbered from 1).</summary>
    public void AtSection(int section, DiagnosticCode code, params string[] arguments) =>
        diagnostics.Add(code, SourceSpan.Named(Document.File, "section " + section), arguments);

    /// <summary>Reports a finding at a named place such as "header of page 2+".</summary>
    public void AtPlace(string place, DiagnosticCode code, params string[] arguments) =>
        diagnostics.Add(code, SourceSpan.Named(Document.File, place), arguments);

    /// <summary>Reports a finding about the whole document.</summary>
    public void AtFile(DiagnosticCode code, params string[] arguments) =>
        diagnostics.Add(code, SourceSpan.WholeFile(Document.File), arguments);

    /// <summary>The first words of a text, for a message that must say which paragraph it means.</summary>
    public static string FirstWords(string text)
    {
        var line = text.Replace('\t', ' ').Replace('\n', ' ').Trim();
        return line.Length <= 48 ? line : line[..48].TrimEnd() + "…";
    }
}
