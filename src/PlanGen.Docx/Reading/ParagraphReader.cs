using System.Collections.Frozen;
using PlanGen.Core.Text;
using System.Text;
using System.Xml.Linq;
using PlanGen.Core.Document;
using static PlanGen.Docx.Reading.Wml;

namespace PlanGen.Docx.Reading;

/// <summary>
/// One w:p → a <see cref="Paragraph"/>: its visible text as runs with effective bold and
/// italic, the list label, fields, drawn lines, and effective paragraph and run formatting.
/// </summary>
internal sealed class ParagraphReader(DocxStyles styles, ListCounters lists, ReadingLimits limits)
{
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    // Elements that wrap runs without changing them: links, revisions, tags, direction.
    private static readonly FrozenSet<XName> Wrappers = new[] { W + "hyperlink", W + "ins", W + "smartTag", W + "customXml", W + "moveTo", W + "bdo", W + "dir" }.ToFrozenSet();

    /// <summary>Where a footnote's reference finds its note; null where a note cannot stand (in a note, a page header).</summary>
    public FootnoteReader? Notes { get; init; }

    public Paragraph Read(XElement paragraph, SourcePlace place, string? tableStyleId)
    {
        limits.Paragraph();
        var pPr = paragraph.Element(W + "pPr");
        var styleId = styles.ParagraphStyleOf(pPr);
        var bag = styles.Paragraph(styleId, tableStyleId);
        var numId = Val(pPr?.Element(W + "numPr"), "numId") ?? bag.NumId;
        var level = Integer(Val(pPr?.Element(W + "numPr"), "ilvl")) ?? bag.Level ?? 0;
        if (numId is not null) bag.Apply(lists.ParagraphPropertiesOf(numId, level));
        bag.Apply(pPr);

        var state = new RunState(styles.Run(styleId, tableStyleId));
        Walk(paragraph, state);
        var label = numId is null ? null : lists.Next(numId, level);
        ReadingLimits.Label(label, place.Paragraph);

        var format = new ParagraphFormat(
            styles.NameOf(styleId),
            AlignmentOf(bag.Alignment) ?? TextAlignment.Left,
            bag.FirstLineTwips is { } first ? TwipsToMm(first) : null,
            bag.LeftTwips is { } left ? TwipsToMm(left) : null,
            bag.BeforeTwips is { } before ? before / 20 : null,
            bag.AfterTwips is { } after ? after / 20 : null,
            bag.LineRule is "auto" && bag.Line is { } multiple ? Math.Round(multiple / 240, 3) : null,
            bag.LineRule is "exact" or "atLeast" && bag.Line is { } points ? points / 20 : null,
            state.Formats)
        { BorderBelow = bag.BorderBelow == true };

        return new Paragraph(ParagraphKind.Body, state.Runs)
        {
            Place = place,
            ListLabel = string.IsNullOrEmpty(label) ? null : label,
            Format = format,
            Fields = state.Fields,
            DrawsLine = state.DrawsLine,
        };
    }

    private sealed class RunState(RunBag paragraphRun)
    {
        public RunBag ParagraphRun { get; } = paragraphRun;
        public List<InlineRun> Runs { get; } = [];
        public List<RunFormat> Formats { get; } = [];
        public List<string> Fields { get; } = [];
        public bool DrawsLine { get; set; }
        public int FieldDepth { get; set; }
        public bool InInstruction { get; set; }
        public StringBuilder Instruction { get; } = new();
    }

    // The runs in document order, through wrappers nested as deep as the file says: a stack of
    // our own, not recursion, so no nesting can exhaust the thread's stack.
    private void Walk(XElement paragraph, RunState state)
    {
        var pending = new Stack<IEnumerator<XElement>>();
        pending.Push(paragraph.Elements().GetEnumerator());
        while (pending.TryPeek(out var at))
        {
            if (!at.MoveNext())
            {
                pending.Pop();
                continue;
            }
            var child = at.Current;
            var name = child.Name;
            if (name == W + "r") ReadRun(child, state);
            else if (name == W + "fldSimple")
            {
                AddField(state, Attr(child, "instr"));
                pending.Push(child.Elements().GetEnumerator());
            }
            else if (name == W + "sdt") pending.Push((child.Element(W + "sdtContent") ?? child).Elements().GetEnumerator());
            else if (Wrappers.Contains(name)) pending.Push(child.Elements().GetEnumerator());
        }
    }

    private void ReadRun(XElement run, RunState state)
    {
        var rPr = run.Element(W + "rPr");
        var bag = state.ParagraphRun.Copy();
        styles.ApplyCharacterStyle(bag, Val(rPr, "rStyle"));
        bag.Apply(rPr);
        var format = new RunFormat(styles.FontOf(bag), bag.HalfPoints is { } half ? half / 2 : 10, bag.Bold == true, bag.Italic == true, bag.Underline == true, bag.Caps == true);
        var text = new StringBuilder();
        foreach (var piece in run.Elements())
        {
            var name = piece.Name.LocalName;
            if (piece.Name.Namespace == W && name == "fldChar")
            {
                Flush(text, format, state);
                FieldChar(Attr(piece, "fldCharType"), state);
            }
            else if (piece.Name.Namespace == W && name == "instrText")
            {
                if (state.InInstruction) state.Instruction.Append(piece.Value);
            }
            else if (state.InInstruction)
            {
                continue;
            }
            else if (piece.Name == W + "t") text.Append(piece.Value);
            else if (piece.Name == W + "footnoteReference" && Notes is not null)
            {
                Flush(text, format, state);
                state.Runs.Add(InlineRun.Note(Notes.Read(Attr(piece, "id"))));
                state.Formats.Add(format);
            }
            else if (piece.Name == W + "tab" || piece.Name == W + "ptab") text.Append('\t');
            else if (piece.Name == W + "noBreakHyphen") text.Append('-');
            else if ((piece.Name == W + "br" && Attr(piece, "type") is null or "textWrapping") || piece.Name == W + "cr")
            {
                Flush(text, format, state);
                state.Runs.Add(InlineRun.Break);
                state.Formats.Add(format);
            }
            else if (piece.Name == W + "drawing" || piece.Name == W + "pict" || piece.Name == Mc + "AlternateContent")
            {
                state.DrawsLine |= HasLine(piece);
            }
        }

        Flush(text, format, state);
    }

    private static void FieldChar(string? type, RunState state)
    {
        switch (type)
        {
            case "begin":
                state.FieldDepth++;
                state.InInstruction = true;
                state.Instruction.Clear();
                break;
            case "separate":
                if (state.InInstruction) AddField(state, state.Instruction.ToString());
                state.InInstruction = false;
                break;
            case "end":
                if (state.InInstruction) AddField(state, state.Instruction.ToString());
                state.InInstruction = false;
                state.FieldDepth = Math.Max(0, state.FieldDepth - 1);
                break;
        }
    }

    private static void AddField(RunState state, string? instruction)
    {
        var word = instruction?.Trim().Split(' ', 2)[0];
        if (!string.IsNullOrEmpty(word)) state.Fields.Add(word.ToUpperInvariant());
    }

    private static void Flush(StringBuilder text, RunFormat format, RunState state)
    {
        if (text.Length == 0) return;
        state.Runs.Add(new InlineRun(UnicodeNormalization.ToNfc(text.ToString()), format.Bold, format.Italic));
        state.Formats.Add(format);
        text.Clear();
    }

    private static bool HasLine(XElement drawing) =>
        drawing.Descendants().Any(e =>
            e.Name == V + "line"
            || (e.Name == A + "prstGeom" && (string?)e.Attribute("prst") is "line" or "straightConnector1")
            || (e.Name == V + "shape" && ((string?)e.Attribute("type"))?.Contains("_x0000_t32", StringComparison.Ordinal) == true));

    private static TextAlignment? AlignmentOf(string? jc) => jc switch
    {
        "center" => TextAlignment.Center,
        "right" or "end" => TextAlignment.Right,
        "both" or "distribute" or "lowKashida" or "mediumKashida" or "highKashida" or "thaiDistribute" => TextAlignment.Justify,
        "left" or "start" => TextAlignment.Left,
        _ => null,
    };
}
