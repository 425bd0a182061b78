using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using DocumentOutline = PlanGen.Core.Recognition.DocumentOutline;

namespace PlanGen.Core.Import;

/// <summary>
/// A source document as its import reads it, once: the tree the reader made, the same tree with each
/// footnote reference written <c>[^n]</c> where it stands (what the recognizers read), its Decree 30
/// outline (what check judges), its lines and its kind, each found once and handed to the recognizer
/// the kind calls for. What the reader said of the file is kept apart, for the caller to pass on once.
/// </summary>
internal sealed class ImportSource
{
    private readonly IReadOnlyList<ImportLine> _lines;
    private ImportedKind? _kind;

    private ImportSource(LayoutDocument read, IReadOnlyList<Diagnostic> findings)
    {
        AsRead = read;
        Findings = findings;
        (Document, Footnotes) = FootnoteImport.Mark(read);
        Outline = DocumentOutline.Of(Document);
        _lines = DocumentLines.Of(Outline.Lines);
    }

    /// <summary>The tree as the reader made it: a decision's plan numbers its own footnotes from 1.</summary>
    public LayoutDocument AsRead { get; }

    /// <summary>The tree with its footnote references marked, as the recognizers read it.</summary>
    public LayoutDocument Document { get; }

    /// <summary>The footnotes, in the order of their references.</summary>
    public IReadOnlyList<string> Footnotes { get; }

    /// <summary>The outline of <see cref="Document"/>.</summary>
    public DocumentOutline Outline { get; }

    /// <summary>What the reader said of the file while reading it (an escaped line break read as one, …).</summary>
    public IReadOnlyList<Diagnostic> Findings { get; }

    /// <summary>What the document is, by what its outline and first lines print.</summary>
    public ImportedKind Kind => _kind ??= KindRecognizer.Of(Outline, _lines);

    /// <summary>The lines of <see cref="Document"/> in reading order, a list of the caller's own (a recognizer takes lines out of it).</summary>
    public List<ImportLine> Lines() => [.. _lines];

    /// <summary>A tree already read (a test's, or the plan a decision carries), with no findings of its reader.</summary>
    public static ImportSource Of(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ImportSource(document, []);
    }

    /// <summary>
    /// The document at <paramref name="path"/>, read by the run's reader for it; null after reporting
    /// that no reader takes such files, or what the reader found that kept it from reading the file.
    /// </summary>
    public static ImportSource? Read(PlanGenRun run, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var reader = run.Readers.For(path);
        if (reader is null)
        {
            diagnostics.Add(DiagnosticCode.ImportUnsupported, SourceSpan.WholeFile(path), path);
            return null;
        }
        var read = new DiagnosticBag();
        var document = reader.Read(path, read);
        if (document is null)
        {
            diagnostics.AddRange(read.Items);
            return null;
        }
        return new ImportSource(document, read.Items);
    }
}
