using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;

namespace PlanGen.Core.Import;

/// <summary>
/// The readers a run imports documents with. Core knows the text reader; the DOCX and PDF
/// readers live in their own assemblies and are given by the program when it makes the run, so that
/// Core (and the parent resolution in it) can read any of them without referencing Open XML or PDF code.
/// </summary>
public sealed class DocumentReaders
{
    /// <summary><paramref name="others"/>, then the text reader, each type once: a reader the program gives is asked first.</summary>
    public DocumentReaders(IEnumerable<IDocumentReader> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        All = [.. others.Append(new TextDocumentReader()).DistinctBy(r => r.GetType())];
    }

    /// <summary>Every reader, in the order they are tried.</summary>
    public IReadOnlyList<IDocumentReader> All { get; }

    /// <summary>The reader for <paramref name="path"/>, or null when none reads such files.</summary>
    public IDocumentReader? For(string path) => All.FirstOrDefault(r => r.CanRead(path));

    /// <summary>True when some reader takes files like <paramref name="path"/>; a plan YAML is not such a file.</summary>
    public bool IsDocument(string path) => For(path) is not null;
}
