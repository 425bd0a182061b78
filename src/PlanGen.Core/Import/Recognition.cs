using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Core.Yaml;
using DocumentOutline = PlanGen.Core.Recognition.DocumentOutline;
using TextSegment = PlanGen.Core.Recognition.TextSegment;

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
    private readonly List<(SourcePlace At, string[] Arguments)> _apart = [];

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
        Found(line.Location, DiagnosticCode.ImportUnplaced, Span(line.Location), Place(line.Location), KeyPlaces.Argument(key), excerpt);
        Notes.Add(new ImportNote(key, $"Chưa xác định được vị trí, giữ nguyên làm đoạn văn / not recognised, kept as text: {PlaceText(line.Location)} \"{excerpt}\""));
    }

    /// <summary>Text the import reshaped to place it (joined, split, moved), warned at its place and commented on <paramref name="key"/>.</summary>
    public void Reshaped(ImportLine line, string key, MessageWord how)
    {
        var excerpt = line.Text.Length > 60 ? line.Text[..57] + "…" : line.Text;
        Found(line.Location, DiagnosticCode.ImportReshaped, Span(line.Location), Place(line.Location), how, excerpt);
        Notes.Add(new ImportNote(key, $"{DiagnosticMessages.Word(how.Key, "vi")} / {DiagnosticMessages.Word(how.Key, "en")}: {PlaceText(line.Location)} \"{excerpt}\""));
    }

    /// <summary>
    /// A line on which the page printed several header boxes side by side (a copied letter's "BAN
    /// CHẤP HÀNH … ĐOÀN TNCS …", "Số: … Hà Nội, ngày …"), read apart as <paramref name="boxes"/>:
    /// commented on the issuer naming the boxes the line held, and warned once for the document with
    /// every such line (<see cref="Report"/>).
    /// </summary>
    public void HeaderLineApart(ImportLine line, IReadOnlyList<TextSegment> boxes)
    {
        var excerpt = line.Text.Length > 60 ? line.Text[..57] + "…" : line.Text;
        var held = MessageArgument.Phrase("how.headerline", HeaderBoxes(boxes));
        _apart.Add((line.Location, [Place(line.Location), held, excerpt, MessageArgument.Phrase("how.headerlineat", Place(line.Location), HeaderBoxes(boxes))]));
        Notes.Add(new ImportNote("issuer", $"{DiagnosticMessages.Text(held, "vi")} / {DiagnosticMessages.Text(held, "en")}: {PlaceText(line.Location)} \"{excerpt}\""));
    }

    // The boxes a line held, in the clerk's words ("tên cơ quan chủ quản cùng tên cơ quan ban hành"), in the order printed.
    private string HeaderBoxes(IReadOnlyList<TextSegment> boxes)
    {
        var o = Outline;
        var words = boxes.Select(b =>
            ReferenceEquals(b, o.NationalTitle) ? MessageWord.Part.NationalTitle
            : ReferenceEquals(b, o.Motto) ? MessageWord.Part.Motto
            : o.GoverningLines.Contains(b) ? MessageWord.Part.Governing
            : ReferenceEquals(b, o.Issuer) || o.IssuerLines.Contains(b) ? MessageWord.Part.Issuer
            : ReferenceEquals(b, o.Number) || ReferenceEquals(b, o.NumberGoesOn) ? MessageWord.Part.Number
            : ReferenceEquals(b, o.PlaceDate) || o.PlaceDateGoesOn.Contains(b) ? MessageWord.Part.PlaceDate
            : ReferenceEquals(b, o.DocumentType) ? MessageWord.Part.DocumentType
            : o.Subject.Contains(b) ? MessageWord.Part.Subject
            : (MessageWord?)null).OfType<MessageWord>().Distinct().Select(w => w.ToArgument()).ToArray();
        return words.Length == 0 ? MessageArgument.Word("how.headerboxes") : Joined(words, "list.with");
    }

    // Words joined in the reader's language, one phrase nested in the next.
    private static string Joined(string[] words, string joiner) =>
        words.Length == 1 ? words[0] : MessageArgument.Phrase(joiner, words[0], Joined(words[1..], joiner));

    // The header lines read apart, told as one finding: each line named with the boxes it held.
    private Diagnostic? HeaderLinesApart()
    {
        if (_apart.Count == 0) return null;
        var arguments = _apart.Count == 1 ? _apart[0].Arguments[..3] : MergedHeaderLines([.. _apart.Select(a => a.Arguments)]);
        var first = new Diagnostic(DiagnosticCode.ImportReshaped, DiagnosticMessages.DefaultSeverity(DiagnosticCode.ImportReshaped), Span(_apart[0].At), arguments);
        // A PDF's place is a page and a line, named in the message itself; a text's lines and a DOCX's paragraphs are counted.
        return Format == SourceFormat.Pdf || _apart.Count == 1 ? first : first with { Places = [.. _apart.Select(a => Span(a.At))], PlacesAre = PlacesAre };
    }

    private PlaceKind PlacesAre => Format == SourceFormat.Docx ? PlaceKind.Paragraph : PlaceKind.Line;

    private static string[] MergedHeaderLines(IReadOnlyList<string[]> lines) =>
        [lines[0][0], MessageArgument.Phrase("how.headerlines", Joined([.. lines.Select(l => l[3])], "list.then")), lines[0][2]];

    /// <summary>A value the document does not state, written so the plan builds; warned and commented with <paramref name="why"/>.</summary>
    public void Guessed(string key, string value, MessageWord why)
    {
        Found(null, DiagnosticCode.ImportGuessed, SourceSpan.WholeFile(File), KeyPlaces.Argument(key), value, why);
        Notes.Add(new ImportNote(key, $"Suy đoán, cần kiểm tra: {DiagnosticMessages.Word(why.Key, "vi")} / guessed, check it: {DiagnosticMessages.Word(why.Key, "en")}"));
    }

    /// <summary>
    /// Hands what was found to the caller's bag: first the values the document does not state
    /// (they concern its header), then the text kept unplaced in the document's order; a finding
    /// met twice is reported once.
    /// </summary>
    public void Report()
    {
        if (HeaderLinesApart() is { } apart) _found.Add((_apart[0].At, apart));
        _apart.Clear();
        var seen = new HashSet<(DiagnosticCode, SourceSpan, string)>();
        var told = new List<Diagnostic>();
        // The same reshaping on several lines (a citation the page broke at every line) is told once, with its lines.
        var reshaped = new PlaceFindings(PlacesAre, (file, number) => SourceSpan.At(file, number - 1, 0));
        foreach (var (_, diagnostic) in _found.OrderBy(f => f.At is null ? 0 : 1).ThenBy(f => f.At?.Page ?? 0).ThenBy(f => f.At?.Line ?? 0).ThenBy(f => f.At?.Paragraph ?? 0))
        {
            if (!seen.Add((diagnostic.Code, diagnostic.Span, string.Join('\u001F', diagnostic.Arguments)))) continue;
            if (diagnostic.Code == DiagnosticCode.ImportReshaped && Format != SourceFormat.Pdf && !diagnostic.Span.IsWholeFile && diagnostic.Places.Count == 0)
            {
                reshaped.Add(diagnostic.Span.StartLine + 1, diagnostic.Code, diagnostic.Arguments[1], [.. diagnostic.Arguments]);
                continue;
            }
            told.Add(diagnostic);
        }
        foreach (var diagnostic in told.Concat(reshaped.Grouped(File)).OrderBy(d => d.Span.IsWholeFile ? 0 : 1).ThenBy(d => Format == SourceFormat.Pdf ? 0 : d.Span.StartLine))
        {
            diagnostics.Add(diagnostic);
        }
        _found.Clear();
    }

    private void Found(SourcePlace? at, DiagnosticCode code, SourceSpan span, params string[] arguments) =>
        _found.Add((at, new Diagnostic(code, DiagnosticMessages.DefaultSeverity(code), span, arguments)));
}
