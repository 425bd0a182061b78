using System.Text;
using PlanGen.Core.Text;

namespace PlanGen.Core.Document.Reading;

/// <summary>
/// Lightweight emphasis marks as text extracted from a PDF carries them (<c>**bold**</c>,
/// <c>*italic*</c>, <c>&lt;i&gt;…&lt;/i&gt;</c>) turned into runs, and runs turned back into marks.
/// A mark without its closing partner is kept as a literal character; <c>\*</c> and <c>\&lt;</c>
/// are always literal (<see cref="LiteralMarks"/>), and <see cref="Format"/> writes them for the
/// stars of the runs' own text, so that only real emphasis comes back as emphasis.
/// </summary>
public static class MarkedText
{
    /// <summary>Runs of a marked line; <c>\n</c> becomes a break run.</summary>
    public static IReadOnlyList<InlineRun> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = LiteralMarks.Protect(text).Replace("<i>", "*", StringComparison.Ordinal).Replace("</i>", "*", StringComparison.Ordinal);
        var runs = new List<InlineRun>();
        var current = new StringBuilder();
        bool bold = false, italic = false;
        void Flush()
        {
            if (current.Length > 0) runs.Add(new InlineRun(current.ToString(), bold, italic));
            current.Clear();
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Flush();
                runs.Add(InlineRun.Break);
            }
            else if (c == '*' && i + 1 < text.Length && text[i + 1] == '*' && (bold || text.IndexOf("**", i + 2, StringComparison.Ordinal) > 0))
            {
                Flush();
                bold = !bold;
                i++;
            }
            else if (c == '*' && (italic || HasSingleStar(text, i + 1)))
            {
                Flush();
                italic = !italic;
            }
            else
            {
                current.Append(LiteralMarks.Restore(c));
            }
        }
        Flush();
        return runs;
    }

    /// <summary>The text of a marked line without its marks, escapes resolved: for matching and comparing, not for writing back.</summary>
    public static string Plain(string marked) => string.Concat(Parse(marked).Select(r => r.IsBreak ? "\n" : r.Text));

    /// <summary>
    /// The runs as marked text: bold as <c>**…**</c>, italic as <c>*…*</c>, breaks as <c>\n</c>.
    /// Emphasis that covers the whole text is left out, since there the layout, not the words, is bold.
    /// </summary>
    public static string Format(IReadOnlyList<InlineRun> runs)
    {
        var words = runs.Where(r => !r.IsBreak && r.Text.Trim().Length > 0).ToList();
        var allBold = words.Count > 0 && words.All(r => r.Bold);
        var allItalic = words.Count > 0 && words.All(r => r.Italic);
        var text = new StringBuilder();
        foreach (var run in runs)
        {
            if (run.IsBreak)
            {
                text.Append('\n');
                continue;
            }
            var bold = run.Bold && !allBold && run.Text.Trim().Length > 0;
            var italic = run.Italic && !allItalic && run.Text.Trim().Length > 0;
            var core = LiteralMarks.Escape(run.Text.Trim());
            var lead = run.Text[..(run.Text.Length - run.Text.TrimStart().Length)];
            var trail = run.Text[run.Text.TrimEnd().Length..];
            var mark = (bold ? "**" : "") + (italic ? "*" : "");
            text.Append(lead);
            text.Append(mark).Append(core).Append(new string(mark.Reverse().ToArray()));
            if (core.Length > 0) text.Append(trail);
        }
        // Adjacent runs of the same emphasis read better as one span.
        return text.ToString().Replace("****", "", StringComparison.Ordinal).Replace("** **", " ", StringComparison.Ordinal);
    }

    private static bool HasSingleStar(string text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (text[j] != '*') continue;
            if (j + 1 < text.Length && text[j + 1] == '*') { j++; continue; }
            return true;
        }
        return false;
    }
}
