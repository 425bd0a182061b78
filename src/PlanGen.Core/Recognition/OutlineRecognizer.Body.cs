using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Recognition;

/// <summary>
/// The body's structure: parts "I. MỤC TIÊU" (in any letter case, a heading the page continued
/// joined), divisions "Phần I" and "A. MỤC ĐÍCH" with their Roman sections as clauses, clauses
/// "1." / "1.1." / "1.1.1.", points "a)" … "đ)", "-" items with their "+" sub-items, running text,
/// and Part I whose heading the page lost. The labels are read by the grammar (<see cref="NumberingLabel"/>).
/// </summary>
internal static partial class OutlineRecognizer
{
    /// <summary>
    /// The body outline of a document's body paragraphs: what stands before the first part, the parts,
    /// what stands after them; with <paramref name="items"/>, the numbered items before the first part
    /// (a Công văn's, a Thông báo's, a Tờ trình's), after the opening paragraphs.
    /// </summary>
    internal static BodyOutline ReadBodyOutline(IReadOnlyList<BodyLine> lines, bool items)
    {
        var start = 0;
        while (start < lines.Count && !EndsBody(lines[start]) && !(items ? StartsItems(lines[start]) : StartsPart(lines, start))) start++;
        var before = Texts(lines, 0, start);
        var (loose, parts, end) = ReadParts(lines, start, i => EndsBody(lines[i]), items);
        return new BodyOutline(lines, before, loose, parts, Texts(lines, end, lines.Count), end);
    }

    // Numbered items or the first part end a letter's opening paragraphs.
    private static bool StartsItems(BodyLine line) =>
        PartTitle(line.Text) is not null || DivisionHeading.Parse(line.Text) is not null
        || NumberingLabel.Parse(line.Text) is { Label: { Kind: LabelKind.Clause, Path.Count: 1 }, Text.Length: > 0 };

    // Each line as running text; a table among them is no text.
    private static List<OutlineSection> Texts(IReadOnlyList<BodyLine> lines, int from, int to) =>
        [.. Enumerable.Range(from, Math.Max(0, to - from)).Where(i => !lines[i].IsTable).Select(i => new OutlineSection(SectionKind.Text, i, [lines[i]], StripMarks(lines[i].Marked)))];

    /// <summary>True at a line a part starts at: a part's or a division's heading, or the first clause of Part I whose heading the page lost.</summary>
    internal static bool StartsPart(IReadOnlyList<BodyLine> lines, int at) =>
        !lines[at].IsTable && (PartTitle(lines[at].Text) is not null || Division(lines, at) is not null || StartsUntitledPart(lines, at)
            || (NumberedPartTitle(StripMarks(lines[at].Marked)) is not null && HasNumberedParts(lines)));

    /// <summary>True where the body ends: the closing sentence "Trên đây là …", the recipients, a signing line.</summary>
    internal static bool EndsBody(BodyLine line) =>
        line.Text.StartsWith("Trên đây là", StringComparison.Ordinal) || (!line.IsTable && ClosingReading.Starts(line.Text));

    /// <summary>
    /// The parts from line <paramref name="start"/> on, until <paramref name="ends"/> says the body
    /// ends, a table stands, or (without <paramref name="items"/>) a line before any part is no part's start.
    /// </summary>
    /// <param name="items">
    /// True to read the clauses "1.", "2." before the first part as numbered items (a Công văn, a
    /// Thông báo, whose body is items before any part); they are returned apart from the parts.
    /// </param>
    /// <returns>The items before the first part (read with <paramref name="items"/>), the parts, and the index of the line where reading stopped.</returns>
    internal static (IReadOnlyList<OutlineSection> Items, IReadOnlyList<OutlineSection> Parts, int End) ReadParts(IReadOnlyList<BodyLine> lines, int start, Func<int, bool> ends, bool items)
    {
        var parts = new List<OutlineSection>();
        // Where the items before any part go, read with items: a holder that is no section of the document.
        var holder = items ? new OutlineSection(SectionKind.Text, -1, [new BodyLine("", "", null)], "") : null;
        OutlineSection? part = holder, clause = null, point = null;
        // The clause "1.1." or "1.1.1." the text is in, under the clause "1." (clause).
        var nested = new List<OutlineSection>();
        // Under "Phần I" or "A." the Roman sections are the part's clauses, and every clause goes one level down.
        var inDivision = false;
        var divided = false;
        // A plan with no Roman part nor division anywhere whose highest level is "1. Mục đích yêu cầu":
        // those headings are its parts, and its "1.1." its clauses, one level up.
        var numbered = !items && HasNumberedParts(lines);
        var i = start;
        for (; i < lines.Count && !ends(i); i++)
        {
            var line = lines[i];
            if (line.IsTable) break;
            var text = line.Text;
            var marked = StripMarks(line.Marked);
            var labeled = NumberingLabel.Parse(marked) is { Text.Length: > 0 } read ? read : null;
            if (divided && labeled is { Label.Kind: LabelKind.Clause, Label.Path.Count: < 3 } deeper)
            {
                labeled = deeper with { Label = NumberingLabel.Clause([.. deeper.Label.Path.Prepend(0)]) };
            }
            if (numbered && labeled is { Label: { Kind: LabelKind.Clause, Path.Count: > 1 } higher })
            {
                labeled = labeled with { Label = NumberingLabel.Clause([.. higher.Path.Skip(1)]) };
            }
            if (part is null && parts.Count == 0 && StartsUntitledPart(lines, i))
            {
                // "1. Mục đích" before any part: the page lost the heading of Part I; the import names it after its clauses.
                part = new OutlineSection(SectionKind.Part, i, [line], "") { Untitled = true };
                parts.Add(part);
            }
            OutlineSection? section = null;
            OutlineSection? under = null;
            if (DivisionTitle(lines, i, ends) is { } division)
            {
                section = part = new OutlineSection(SectionKind.Division, i, [.. lines.Skip(i).Take(division.Lines)], division.Heading);
                parts.Add(part);
                i += division.Lines - 1;
                clause = point = null;
                nested.Clear();
                inDivision = true;
                divided = false;
            }
            else if (inDivision && part is not null && PartTitle(text) is { } roman)
            {
                divided = true;
                section = clause = new OutlineSection(SectionKind.Clause, i, [line], roman, NumberingLabel.Parse(text)?.Label);
                under = part;
                point = null;
                nested.Clear();
            }
            else if (PartTitle(text) is { } title)
            {
                var taken = new List<BodyLine> { line };
                if (ContinuedHeading(lines, i, title, ends) is { } next)
                {
                    title += " " + next.Text;
                    taken.Add(next);
                }
                // "I. MỤC ĐÍCH, YÊU CẦU:": the colon ends the heading; the layout prints none.
                section = part = new OutlineSection(SectionKind.Part, i, taken, title.TrimEnd(':').TrimEnd(), NumberingLabel.Parse(text)?.Label);
                parts.Add(part);
                i += taken.Count - 1;
                clause = point = null;
                nested.Clear();
            }
            else if (numbered && NumberedPartTitle(marked) is { } numberedTitle)
            {
                section = part = new OutlineSection(SectionKind.Part, i, [line], numberedTitle.TrimEnd(':').TrimEnd(), NumberingLabel.Parse(marked)?.Label);
                parts.Add(part);
                clause = point = null;
                nested.Clear();
            }
            else if (part is null)
            {
                break;
            }
            else if (labeled is { Label: { Kind: LabelKind.Clause, Path.Count: 1 } })
            {
                section = clause = new OutlineSection(SectionKind.Clause, i, [line], labeled.Text, labeled.Label);
                under = part;
                point = null;
                nested.Clear();
            }
            else if (labeled is { Label: { Kind: LabelKind.Clause, Path.Count: var depth and (2 or 3) } } && clause is not null && depth - 2 <= nested.Count)
            {
                // "1.1." under "1.", "1.1.1." under "1.1.": a sub-clause of the clause above it.
                section = new OutlineSection(SectionKind.Clause, i, [line], labeled.Text, labeled.Label);
                nested.RemoveRange(depth - 2, nested.Count - (depth - 2));
                under = depth == 2 ? clause : nested[^1];
                nested.Add(section);
                point = null;
            }
            else if (labeled is { Label.Kind: LabelKind.Point })
            {
                section = point = new OutlineSection(SectionKind.Point, i, [line], labeled.Text, labeled.Label);
                under = nested.LastOrDefault() ?? clause ?? part;
            }
            else if (labeled is { Label.Kind: LabelKind.Dash })
            {
                section = new OutlineSection(SectionKind.Dash, i, [line], labeled.Text, labeled.Label);
                under = point ?? nested.LastOrDefault() ?? clause ?? part;
            }
            else if (labeled is { Label.Kind: LabelKind.Plus })
            {
                // A "+" sub-item stands under the last "-" item of what the text is in, or in it when it has none.
                var target = point ?? nested.LastOrDefault() ?? clause ?? part;
                section = new OutlineSection(SectionKind.Plus, i, [line], labeled.Text, labeled.Label);
                under = target.Children.LastOrDefault(c => c.Kind == SectionKind.Dash) ?? target;
            }
            else if (text.StartsWith('(') && text.EndsWith(')') && clause is not null)
            {
                // "(Nhiệm vụ cụ thể … có Phụ lục kèm theo)" closes the part, not its last clause.
                section = new OutlineSection(SectionKind.PartNote, i, [line], marked);
                under = part;
            }
            else
            {
                section = new OutlineSection(SectionKind.Text, i, [line], marked);
                under = point ?? nested.LastOrDefault() ?? clause ?? part;
            }
            under?.Add(section);
        }
        // The items stand under no section of the document.
        foreach (var item in holder?.Children ?? []) item.Parent = null;
        return (holder?.Children ?? [], parts, i);
    }

    /// <summary>
    /// True at a first clause "1. …" met before any part when a part "II. …" follows: the first clause
    /// of a part whose heading the page lost.
    /// </summary>
    internal static bool StartsUntitledPart(IReadOnlyList<BodyLine> lines, int at) =>
        NumberingLabel.Parse(StripMarks(lines[at].Marked)) is { Label: { Kind: LabelKind.Clause, Path: [1] }, Text.Length: > 0 }
        && lines.Skip(at + 1).Any(l => !l.IsTable && PartTitle(l.Text) is not null);

    /// <summary>
    /// The title of a heading "1. Mục đích yêu cầu" at a document's highest level: a clause "1." before a
    /// short title starting with a capital, without a full stop; null for any other line.
    /// </summary>
    internal static string? NumberedPartTitle(string text) =>
        NumberingLabel.Parse(text) is { Label: { Kind: LabelKind.Clause, Path.Count: 1 }, Text: { Length: > 0 and <= 120 } heading }
        && char.IsUpper(heading[0]) && !".;".Contains(heading[^1], StringComparison.Ordinal) && !heading.Contains(". ", StringComparison.Ordinal)
            ? heading
            : null;

    // True when the headings "1.", "2." are the document's parts: no line is a Roman part's or a
    // division's heading, the first names a part's kind ("Mục đích yêu cầu") and no two name the same
    // kind; "1. Mục tiêu chung", "2. Mục tiêu cụ thể" are the clauses of one part whose heading the page lost.
    private static bool HasNumberedParts(IReadOnlyList<BodyLine> lines)
    {
        if (lines.Any(l => !l.IsTable && (PartTitle(l.Text) is not null || DivisionHeading.Parse(l.Text) is not null))) return false;
        var headings = lines.Where(l => !l.IsTable).Select(l => NumberedPartTitle(StripMarks(l.Marked))).OfType<string>().ToList();
        var named = headings.Select(PartFields.Of).OfType<Model.PartKind>().ToList();
        return headings is [var first, ..] && (PartFields.Of(first) is not null || PartFields.IsCombined(first))
            && named.Distinct().Count() == named.Count;
    }

    /// <summary>
    /// The title of a part's heading ("I. MỤC TIÊU", "II- NHIỆM VỤ", "I. Mục đích, yêu cầu"): a Roman
    /// label before a title in capitals, or a short one in sentence case without a full stop; null for any other line.
    /// </summary>
    internal static string? PartTitle(string text) =>
        NumberingLabel.Parse(text) is { Label: { Kind: LabelKind.Part, Mark.Length: > 0 }, Text: { Length: > 0 } heading }
        && (HeaderLines.IsUpper(heading) || (heading.Length <= 120 && char.IsUpper(heading[0]) && !".;".Contains(heading[^1], StringComparison.Ordinal)))
            ? heading
            : null;

    // A line wholly in bold is a heading's layout, not emphasis in the words.
    internal static string StripMarks(string marked)
    {
        var text = marked.Trim();
        return text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal) && text.Length > 4
            && text.IndexOf("**", 2, StringComparison.Ordinal) == text.Length - 2
            ? text[2..^2].Trim()
            : text;
    }

    // "I. MỤC ĐÍCH," then "YÊU CẦU": a heading in capitals a page broke, whose next line is capitals with no label.
    private static BodyLine? ContinuedHeading(IReadOnlyList<BodyLine> lines, int at, string title, Func<int, bool> ends)
    {
        if (at + 1 >= lines.Count || !HeaderLines.IsUpper(title)) return null;
        var next = lines[at + 1];
        return !next.IsTable && next.Text.Length <= 80 && HeaderLines.IsUpper(next.Text) && NumberingLabel.Parse(next.Text) is null
            && !ends(at + 1) && (title.EndsWith(',') || GrammarText.TrimEndPunctuation(title).Split(' ')[^1] is "VÀ" or "CỦA" or "VỀ")
            ? next
            : null;
    }

    // The heading of a division ("Phần I", "A. MỤC ĐÍCH") with the lines in capitals under a label
    // printed alone, or the one line in sentence case under it, and how many lines it takes; null for any other line.
    // The body's divisions are of the first one's kind: "A/ …" under "PHẦN I" is a heading inside the division, not one of them.
    private static DivisionHeading? Division(IReadOnlyList<BodyLine> lines, int at) =>
        DivisionHeading.Parse(lines[at].Text) is { } division
        && lines.Where(l => !l.IsTable).Select(l => DivisionHeading.Parse(l.Text)).First(d => d is not null)!.ByLetter == division.ByLetter ? division : null;

    private static (string Heading, int Lines)? DivisionTitle(IReadOnlyList<BodyLine> lines, int at, Func<int, bool> ends)
    {
        if (Division(lines, at) is not { } division) return null;
        var heading = division.Heading;
        var count = 1;
        // "A. MỤC ĐÍCH" then "YÊU CẦU"; "Phần I" then its heading over one or two lines.
        while (at + count < lines.Count && lines[at + count] is { IsTable: false } next && next.Text.Length <= 120
            && HeaderLines.IsUpper(next.Text) && NumberingLabel.Parse(next.Text) is null && DivisionHeading.Parse(next.Text) is null && !ends(at + count)
            && (heading.Length == 0 || !heading.EndsWith(':')) && heading.Length < 200)
        {
            heading = heading.Length == 0 ? next.Text : heading + " " + next.Text;
            count++;
        }
        // "PHẦN I" printed alone, then its heading in sentence case: a short line without a full stop.
        if (heading.Length == 0 && at + 1 < lines.Count && lines[at + 1] is { IsTable: false, Text: { Length: > 0 and <= 120 } below }
            && char.IsUpper(below[0]) && !".;".Contains(below[^1], StringComparison.Ordinal) && !below.Contains(". ", StringComparison.Ordinal)
            && NumberingLabel.Parse(below) is null && DivisionHeading.Parse(below) is null && !ends(at + 1))
        {
            heading = below;
            count = 2;
        }
        heading = heading.TrimEnd(':').Trim();
        return heading.Length == 0 ? null : (heading, count);
    }
}
