using System.Xml.Linq;
using PlanGen.Core.Document;
using static PlanGen.Docx.Reading.Wml;

namespace PlanGen.Docx.Reading;

/// <summary>
/// The notes of footnotes.xml by id, each read once with its effective formatting when the text
/// first refers to it. A reference to an id the file does not hold gives a note with no text, which
/// check reports.
/// </summary>
internal sealed class FootnoteReader(XDocument? part, ParagraphReader paragraphs)
{
    private readonly Dictionary<string, XElement> _notes = Index(part);

    public Footnote Read(string? id)
    {
        if (id is null || !_notes.TryGetValue(id, out var note))
        {
            return new Footnote([]);
        }
        var runs = new List<InlineRun>();
        ParagraphFormat? format = null;
        var number = 0;
        foreach (var p in note.Elements(W + "p"))
        {
            var paragraph = paragraphs.Read(p, SourcePlace.OfParagraph(++number), tableStyleId: null);
            format ??= paragraph.Format;
            if (runs.Count > 0)
            {
                runs.Add(InlineRun.Break);
            }
            runs.AddRange(paragraph.Runs);
        }
        // Word puts a space after the note's own number; it is layout, not the note's words.
        if (runs is [{ Footnote: null, IsBreak: false } first, ..] && first.Text.StartsWith(' '))
        {
            var trimmed = first.Text.TrimStart(' ');
            if (trimmed.Length == 0) runs.RemoveAt(0);
            else runs[0] = first with { Text = trimmed };
        }
        return new Footnote(runs) { Format = format };
    }

    private static Dictionary<string, XElement> Index(XDocument? part)
    {
        var notes = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var note in part?.Root?.Elements(W + "footnote") ?? [])
        {
            if (Attr(note, "type") is null or "normal" && Attr(note, "id") is { } id)
            {
                notes.TryAdd(id, note);
            }
        }
        return notes;
    }
}
