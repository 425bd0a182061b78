using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Reading;

namespace PlanGen.Core.Import;

/// <summary>
/// The state of one recognition: the document's lines, a cursor over them, and what is reported
/// on the way (diagnostics into the source, notes for the YAML).
/// </summary>
internal sealed class Recognition(SourceDocument document, List<ImportLine> lines, DiagnosticBag diagnostics)
{
    public SourceDocument Document { get; } = document;
    public List<ImportLine> Lines { get; } = lines;
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public List<ImportNote> Notes { get; } = [];
    public int Index { get; set; }

    public bool AtEnd => Index >= Lines.Count;
    public ImportLine Current => Lines[Index];

    /// <summary>A place in the source as a diagnostic argument, in the reader's language.</summary>
    public string Place(SourceLocation location) => Document.Format switch
    {
        SourceFormat.Docx => "@at.paragraph:" + location.Paragraph,
        SourceFormat.Pdf => "@at.page:" + location.Page + "/" + location.Line,
        _ => "@at.line:" + location.Line,
    };

    /// <summary>The same place in words for a YAML comment (English and Vietnamese are alike enough to give both).</summary>
    public string PlaceText(SourceLocation location) => Document.Format switch
    {
        SourceFormat.Docx => $"đoạn / paragraph {location.Paragraph}",
        SourceFormat.Pdf => $"trang / page {location.Page}, dòng / line {location.Line}",
        _ => $"dòng / line {location.Line}",
    };

    /// <summary>The span a diagnostic points at: the line of a text, the paragraph number of a DOCX, the file of a PDF.</summary>
    public SourceSpan Span(SourceLocation location) => Document.Format switch
    {
        SourceFormat.Docx when location.Paragraph > 0 => SourceSpan.At(Document.File, location.Paragraph - 1, 0),
        SourceFormat.Text when location.Line > 0 => SourceSpan.At(Document.File, location.Line - 1, 0),
        _ => SourceSpan.WholeFile(Document.File),
    };

    /// <summary>Text kept where it was met, with a warning and a YAML comment on the section that keeps it.</summary>
    public void Unplaced(ImportLine line, string key)
    {
        var excerpt = line.Text.Length > 60 ? line.Text[..57] + "…" : line.Text;
        Diagnostics.Add(DiagnosticCode.ImportUnplaced, Span(line.Location), Place(line.Location), key, excerpt);
        Notes.Add(new ImportNote(key, $"Chưa xác định được vị trí, giữ nguyên làm đoạn văn / not recognised, kept as text: {PlaceText(line.Location)} \"{excerpt}\""));
    }

    /// <summary>A value the document does not state, written so the plan builds; warned and commented. <paramref name="why"/> is an <c>@why.…</c> word.</summary>
    public void Guessed(string key, string value, string why)
    {
        Diagnostics.Add(DiagnosticCode.ImportGuessed, SourceSpan.WholeFile(Document.File), key, value, why);
        Notes.Add(new ImportNote(key, $"Suy đoán, cần kiểm tra: {DiagnosticMessages.Word(why[1..], "vi")} / guessed, check it: {DiagnosticMessages.Word(why[1..], "en")}"));
    }
}
