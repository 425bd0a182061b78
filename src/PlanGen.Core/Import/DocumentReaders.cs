using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;

namespace PlanGen.Core.Import;

/// <summary>
/// The readers plangen imports documents with. Core knows the text reader; the DOCX and PDF
/// readers live in their own assemblies and are added by the program at start-up, so that Core
/// (and the parent resolution in it) can read any of them without referencing Open XML or PDF code.
/// A reader is made at the first use of any: a run that reads no document (the usual build of a
/// plan) neither loads their libraries nor sets them up.
/// </summary>
public static class DocumentReaders
{
    private sealed record Registration(Type Type, Func<IDocumentReader> Make);

    private static readonly Lock Gate = new();
    private static readonly List<Registration> Registered = [new(typeof(TextDocumentReader), static () => new TextDocumentReader())];
    private static IReadOnlyList<IDocumentReader>? _all;

    /// <summary>Every reader, in the order they are tried.</summary>
    public static IReadOnlyList<IDocumentReader> All
    {
        get
        {
            lock (Gate)
            {
                return _all ??= [.. Registered.Select(r => r.Make())];
            }
        }
    }

    /// <summary>Adds a reader once (by type); later additions of the same type are ignored.</summary>
    public static void Add<TReader>() where TReader : IDocumentReader, new()
    {
        lock (Gate)
        {
            if (Registered.Exists(r => r.Type == typeof(TReader)))
            {
                return;
            }
            Registered.Add(new(typeof(TReader), static () => new TReader()));
            _all = null;
        }
    }

    /// <summary>The reader for <paramref name="path"/>, or null when none reads such files.</summary>
    public static IDocumentReader? For(string path) => All.FirstOrDefault(r => r.CanRead(path));

    /// <summary>True when some reader takes files like <paramref name="path"/>; a plan YAML is not such a file.</summary>
    public static bool IsDocument(string path) => For(path) is not null;
}
