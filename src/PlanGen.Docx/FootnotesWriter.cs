using System.Globalization;
using PlanGen.Core.Document;
using PlanGen.Core.Layout;

namespace PlanGen.Docx;

/// <summary>
/// Footnotes as Word keeps them: a reference run in the text (<c>w:footnoteReference</c>) and the
/// note in footnotes.xml under the same id, numbered by Word in reading order. Ids 0 and 1 are the
/// separator lines Word draws above the notes; the notes follow from 2, in the order referred to.
/// </summary>
internal static class FootnotesWriter
{
    private const int FirstNoteId = 2;

    /// <summary>
    /// The size of a note's text: smaller than the body by 2 pt (12 pt beside the decree's 14 pt
    /// body), as notes are printed in the offices' documents, and never under 10 pt.
    /// </summary>
    public static double SizePt(LayoutProfile profile) => Math.Max(10, profile.BodySizePt - 2);

    /// <summary>The reference run in the text, taking the next id.</summary>
    public static void Reference(WmlWriter w, Footnote note)
    {
        if (w.Footnotes is not { } notes)
        {
            return;
        }
        notes.Add(note);
        w.Start("r");
        w.Start("rPr");
        w.Value("rStyle", StyleIds.FootnoteReference);
        w.End();
        w.Start("footnoteReference");
        w.Attribute("id", Id(notes.Count - 1));
        w.End();
        w.End();
    }

    /// <summary>footnotes.xml: the two separators, then each note as one paragraph of the footnote text style.</summary>
    public static void Write(WmlWriter w, IReadOnlyList<Footnote> notes)
    {
        w.StartRoot("footnotes");
        Separator(w, "separator", 0, "separator");
        Separator(w, "continuationSeparator", 1, "continuationSeparator");
        for (var i = 0; i < notes.Count; i++)
        {
            w.Start("footnote");
            w.Attribute("id", Id(i));
            w.Start("p");
            w.Start("pPr");
            w.Value("pStyle", StyleIds.FootnoteText);
            w.End();
            w.Start("r");
            w.Start("rPr");
            w.Value("rStyle", StyleIds.FootnoteReference);
            w.End();
            w.Empty("footnoteRef");
            w.End();
            Paragraphs.Run(w, new InlineRun(" "));
            foreach (var run in notes[i].Runs)
            {
                Paragraphs.Run(w, run);
            }
            w.End();
            w.End();
        }
        w.End();
    }

    private static string Id(int index) => (FirstNoteId + index).ToString(CultureInfo.InvariantCulture);

    private static void Separator(WmlWriter w, string type, int id, string mark)
    {
        w.Start("footnote");
        w.Attribute("type", type);
        w.Attribute("id", id.ToString(CultureInfo.InvariantCulture));
        // The document defaults already set single lines without space after.
        w.Start("p");
        w.Start("r");
        w.Empty(mark);
        w.End();
        w.End();
        w.End();
    }
}
