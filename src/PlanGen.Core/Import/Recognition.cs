using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using DocumentOutline = PlanGen.Core.Recognition.DocumentOutline;

namespace PlanGen.Core.Import;

/// <summary>
/// The state of one recognition: the document's lines, a cursor over them, and what is reported
/// on the way (diagnostics into the source, notes for the YAML).
/// </summary>
/// <param name="outline">The outline of <paramref name="document"/> when the caller has found it already; found when first asked for otherwise.</param>
internal sealed class Recognition(LayoutDocument document, List<ImportLine> lines, DiagnosticBag diagnostics, DocumentOutline? outline = null)
{
    // What the recognizers report, kept until the end so it reaches the user once each and in the
    // document's order, whichever recognizer met it first.
    private readonly List<(SourcePlace? At, Diagnostic Diagnostic)> _found = [];
    private readonly HashSet<(SourcePlace, string)> _unplaced = [];

    public LayoutDocument Document { get; } = document;

    /// <summary>The document's Decree 30 outline, as check reads it: where its parts stand.</summary>
    public DocumentOutline Outline => _outline ??= DocumentOutline.Of(Document);

    private DocumentOutline? _outline = outline;
    public List<ImportLine> Lines { get; } = lines;
    public List<ImportNote> Notes { get; } = [];
    public int Index { get; set; }

    /// <summary>How the document numbers its first part when not with the decree's I. ("A.", "Phần I"); null otherwise.</summary>
    public Model.PartNumbering? PartNumbering { get; set; }

    public bool AtEnd => Index >= Lines.Count;

    /// <summary>The file the document was read from.</summary>
    public string File => Document.Source?.File ?? "";

    private SourceFormat Format => Document.Source?.Format ?? SourceFormat.Text;
    public ImportLine Current => Lines[Index];

    /// <summary>A place in the source as a diagnostic argument, in the reader's language.</summary>
    public string Place(SourcePlace location) => Format switch
    {
        SourceFormat.Docx => MessageWord.At.Paragraph.With(Number(location.Paragraph)),
        SourceFormat.Pdf => MessageWord.At.PageLine.With(Number(location.Page), Number(location.Line)),
        _ => MessageWord.At.Line.With(Number(location.Line)),
    };

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The same place in words for a YAML comment (English and Vietnamese are alike enough to give both).</summary>
    public string PlaceText(SourcePlace location) => Format switch
    {
        SourceFormat.Docx => $"đoạn / paragraph {location.Paragraph}",
        SourceFormat.Pdf => $"trang / page {location.Page}, dòng / line {location.Line}",
        _ => $"dòng / line {location.Line}",
    };

    /// <summary>The span a diagnostic points at: the line of a text, the paragraph number of a DOCX, the file of a PDF.</summary>
    public SourceSpan Span(SourcePlace location) => Format switch
    {
        SourceFormat.Docx when location.Paragraph > 0 => SourceSpan.At(File, location.Paragraph - 1, 0),
        SourceFormat.Text when location.Line > 0 => SourceSpan.At(File, location.Line - 1, 0),
        _ => SourceSpan.WholeFile(File),
    };

    /// <summary>Text kept where it was met, with a warning and a YAML comment on the section that keeps it.</summary>
    public void Unplaced(ImportLine line, string key)
    {
        var excerpt = line.Text.Length > 60 ? line.Text[..57] + "…" : line.Text;
        // The same words at the same place, met again by a later recognizer, are told once.
        if (!_unplaced.Add((line.Location, excerpt))) return;
        Found(line.Location, DiagnosticCode.ImportUnplaced, Span(line.Location), Place(line.Location), ImportKeyWords.Argument(key), excerpt);
        Notes.Add(new ImportNote(key, $"Chưa xác định được vị trí, giữ nguyên làm đoạn văn / not recognised, kept as text: {PlaceText(line.Location)} \"{excerpt}\""));
    }

    /// <summary>Text the import reshaped to place it (joined, split, moved), warned at its place and commented on <paramref name="key"/>.</summary>
    public void Reshaped(ImportLine line, string key, MessageWord how)
    {
        var excerpt = line.Text.Length > 60 ? line.Text[..57] + "…" : line.Text;
        Found(line.Location, DiagnosticCode.ImportReshaped, Span(line.Location), Place(line.Location), how, excerpt);
        Notes.Add(new ImportNote(key, $"{DiagnosticMessages.Word(how.Key, "vi")} / {DiagnosticMessages.Word(how.Key, "en")}: {PlaceText(line.Location)} \"{excerpt}\""));
    }

    /// <summary>A value the document does not state, written so the plan builds; warned and commented with <paramref name="why"/>.</summary>
    public void Guessed(string key, string value, MessageWord why)
    {
        Found(null, DiagnosticCode.ImportGuessed, SourceSpan.WholeFile(File), ImportKeyWords.Argument(key), value, why);
        Notes.Add(new ImportNote(key, $"Suy đoán, cần kiểm tra: {DiagnosticMessages.Word(why.Key, "vi")} / guessed, check it: {DiagnosticMessages.Word(why.Key, "en")}"));
    }

    /// <summary>
    /// Hands what was found to the caller's bag: first the values the document does not state
    /// (they concern its header), then the text kept unplaced in the document's order; a finding
    /// met twice is reported once.
    /// </summary>
    public void Report()
    {
        var seen = new HashSet<(DiagnosticCode, SourceSpan, string)>();
        foreach (var (_, diagnostic) in _found.OrderBy(f => f.At is null ? 0 : 1).ThenBy(f => f.At?.Page ?? 0).ThenBy(f => f.At?.Line ?? 0).ThenBy(f => f.At?.Paragraph ?? 0))
        {
            if (seen.Add((diagnostic.Code, diagnostic.Span, string.Join('\u001F', diagnostic.Arguments)))) diagnostics.Add(diagnostic);
        }
        _found.Clear();
    }

    private void Found(SourcePlace? at, DiagnosticCode code, SourceSpan span, params string[] arguments) =>
        _found.Add((at, new Diagnostic(code, DiagnosticMessages.DefaultSeverity(code), span, arguments)));
}
