using System.Text.RegularExpressions;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Import;

/// <summary>
/// The parts "I. MỤC TIÊU", "II. …" and what is in them: clauses "1.", points "a)" … "đ)", "-"
/// items with their "+" sub-items, running text, and in content items "- Phân công thực hiện:" and
/// "- Thời gian thực hiện:". Stops at the closing sentence, the recipients or the signature. The
/// labels are read by the grammar (<see cref="NumberingLabel"/>).
/// </summary>
internal static partial class BodyRecognizer
{
    [GeneratedRegex(@"^Phân công( thực hiện)?\s*:\s*(?<t>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^Thời gian( thực hiện)?\s*:\s*(?<t>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Timeline();

    /// <summary>True where the body ends: the closing sentence, the recipients, a signing line.</summary>
    public static bool EndsBody(ImportLine line) =>
        line.Text.StartsWith("Trên đây là", StringComparison.Ordinal) || ClosingRecognizer.StartsClosing(line);

    /// <summary>The parts in document order, each with its heading as written.</summary>
    /// <param name="r">The recognition, its cursor at the first part.</param>
    /// <param name="items">
    /// Where the clauses "1.", "2." before the first part go, for a document whose body is numbered
    /// items before any part (a Công văn, a Thông báo); null for a plan, whose body starts at a part.
    /// </param>
    public static List<(string Heading, SectionBuilder Section)> Read(Recognition r, SectionBuilder? items = null)
    {
        var parts = new List<(string, SectionBuilder)>();
        SectionBuilder? part = items, clause = null, point = null;
        // The clause "1.1." or "1.1.1." the text is in, under the clause "1." (clause).
        var nested = new List<SectionBuilder>();
        var inAssignment = false;
        // Under "Phần I" or "A." the Roman sections are the part's clauses, and every clause goes one level down.
        var inDivision = false;
        var divided = false;
        ImportLine? untitledAt = null;
        while (!r.AtEnd && !EndsBody(r.Current))
        {
            var line = r.Current;
            if (line.Table is not null) break;
            var text = line.Text;
            var marked = StripMarks(line.Marked);
            var labeled = NumberingLabel.Parse(marked) is { Text.Length: > 0 } read ? read : null;
            if (divided && labeled is { Label.Kind: LabelKind.Clause, Label.Path.Count: < 3 } deeper)
            {
                labeled = deeper with { Label = NumberingLabel.Clause([.. deeper.Label.Path.Prepend(0)]) };
            }
            if (part is null && parts.Count == 0 && StartsUntitledPart(r))
            {
                // "1. Mục đích" before any part: the page lost the heading of Part I; the part is named after its clauses below.
                part = new SectionBuilder(null);
                parts.Add(("", part));
                untitledAt = line;
            }
            if (DivisionTitle(r, line, parts.Count + 1) is { } division)
            {
                part = new SectionBuilder(division);
                parts.Add((division, part));
                clause = point = null;
                nested.Clear();
                inAssignment = false;
                inDivision = true;
                divided = false;
            }
            else if (inDivision && part is not null && PartTitle(text) is { } section)
            {
                divided = true;
                clause = Titled(r, line, section, parts.Count);
                part.Items.Add(clause);
                point = null;
                nested.Clear();
                inAssignment = false;
            }
            else if (PartTitle(text) is { } title)
            {
                if (ContinuedHeading(r, title) is { } next)
                {
                    r.Reshaped(line, $"parts[{parts.Count + 1}]", Diagnostics.MessageWord.How.JoinedHeading);
                    title += " " + next;
                    r.Index++;
                }
                // "I. MỤC ĐÍCH, YÊU CẦU:": the colon ends the heading; the layout prints none.
                title = title.TrimEnd(':').TrimEnd();
                part = new SectionBuilder(title);
                parts.Add((title, part));
                clause = point = null;
                nested.Clear();
                inAssignment = false;
            }
            else if (part is null)
            {
                break;
            }
            else if (labeled is { Label: { Kind: LabelKind.Clause, Path.Count: 1 } })
            {
                clause = Titled(r, line, labeled.Text, parts.Count);
                part.Items.Add(clause);
                point = null;
                nested.Clear();
                inAssignment = false;
            }
            else if (labeled is { Label: { Kind: LabelKind.Clause, Path.Count: var depth and (2 or 3) } } && clause is not null && depth - 2 <= nested.Count)
            {
                // "1.1." under "1.", "1.1.1." under "1.1.": a sub-clause of the clause above it.
                var sub = Titled(r, line, labeled.Text, parts.Count);
                nested.RemoveRange(depth - 2, nested.Count - (depth - 2));
                (depth == 2 ? clause : nested[^1]).Clauses.Add(sub);
                nested.Add(sub);
                point = null;
                inAssignment = false;
            }
            else if (labeled is { Label.Kind: LabelKind.Point })
            {
                point = Titled(r, line, labeled.Text, parts.Count);
                (nested.LastOrDefault() ?? clause ?? part).Items.Add(point);
                inAssignment = false;
            }
            else if (labeled is { Label.Kind: LabelKind.Dash })
            {
                var target = point ?? nested.LastOrDefault() ?? clause ?? part;
                var body = labeled.Text;
                if (Assignment().Match(StripMarks(body)) is { Success: true } a && (clause is not null || point is not null))
                {
                    target.HasAssignment = true;
                    target.AssignmentText = a.Groups["t"].Value.Trim().Length > 0 ? a.Groups["t"].Value.Trim() : null;
                    inAssignment = true;
                }
                else if (Timeline().Match(StripMarks(body)) is { Success: true } t && (clause is not null || point is not null))
                {
                    target.Timeline = TrimEnd(t.Groups["t"].Value);
                    inAssignment = false;
                }
                else
                {
                    target.Bullets.Add((TrimEnd(body, ';'), []));
                    inAssignment = false;
                }
            }
            else if (labeled is { Label.Kind: LabelKind.Plus })
            {
                var target = point ?? nested.LastOrDefault() ?? clause ?? part;
                var item = TrimEnd(labeled.Text, ';');
                if (inAssignment) target.AssignmentItems.Add(item);
                else if (target.Bullets.Count > 0) target.Bullets[^1].Items.Add(item);
                else target.Bullets.Add((item, []));
            }
            else if (text.StartsWith('(') && text.EndsWith(')') && (clause is not null))
            {
                // "(Nhiệm vụ cụ thể … có Phụ lục kèm theo)" closes the part, not its last clause.
                part.After.Add(marked);
            }
            else
            {
                (point ?? nested.LastOrDefault() ?? clause ?? part).AddText(marked);
            }
            r.Index++;
        }
        if (parts is [("", var untitled), ..] && untitledAt is not null)
        {
            var heading = UntitledHeading(untitled);
            untitled.Title = heading;
            parts[0] = (heading, untitled);
            r.Reshaped(untitledAt, "parts[1].title", Diagnostics.MessageWord.How.UntitledPart);
        }
        return parts;
    }

    /// <summary>
    /// True at a first clause "1. …" met before any part when a part "II. …" follows: the first clause
    /// of a part whose heading the page lost.
    /// </summary>
    public static bool StartsUntitledPart(Recognition r) =>
        NumberingLabel.Parse(StripMarks(r.Current.Marked)) is { Label: { Kind: LabelKind.Clause, Path: [1] }, Text.Length: > 0 }
        && r.Lines.Skip(r.Index + 1).Any(l => l.Table is null && PartTitle(l.Text) is not null);

    // The heading a lost part's clauses name: "MỤC ĐÍCH, YÊU CẦU" over "1. Mục đích" and "2. Yêu cầu",
    // "MỤC TIÊU" over "1. Mục tiêu chung" and "2. Mục tiêu cụ thể"; else a TODO to fill in.
    private static string UntitledHeading(SectionBuilder part)
    {
        var kinds = part.Items.Select(c => c.Title is null ? null : PartFields.Of(c.Title)).ToList();
        if (kinds.Contains(Model.PartKind.Purpose) && kinds.Contains(Model.PartKind.Requirements)) return "MỤC ĐÍCH, YÊU CẦU";
        return kinds.Distinct().ToList() is [{ } kind] && KindHeading(kind) is { } name ? name : "TODO";
    }

    private static string? KindHeading(Model.PartKind kind) => kind switch
    {
        Model.PartKind.Purpose => "MỤC ĐÍCH",
        Model.PartKind.Targets => "MỤC TIÊU",
        Model.PartKind.Requirements => "YÊU CẦU",
        Model.PartKind.Content => "NỘI DUNG",
        Model.PartKind.Organization => "TỔ CHỨC THỰC HIỆN",
        _ => null,
    };

    // A short clause without a full stop is a heading ("1. Ban An toàn giao thông tỉnh"); a long one
    // is its own text. A heading drops its emphasis (the layout makes it bold) but keeps its stars.
    // "1. Mục đích: …", a part's kind before a colon, is that heading with its text after it.
    private static SectionBuilder Titled(Recognition r, ImportLine line, string text, int part)
    {
        var plain = Document.Reading.MarkedText.Plain(text).Trim();
        var colon = plain.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < 40 && plain[(colon + 1)..].Trim().Length > 0 && PartFields.Of(plain[..colon]) is not null)
        {
            var labeled = new SectionBuilder(Text.LiteralMarks.Escape(plain[..colon].Trim()));
            labeled.Paragraphs.Add(plain[(colon + 1)..].Trim());
            r.Reshaped(line, $"parts[{part}]", Diagnostics.MessageWord.How.LabelSplit);
            return labeled;
        }
        if (plain.Length is > 0 and <= 160 && !".;:".Contains(plain[^1], StringComparison.Ordinal) && !plain.Contains(". ", StringComparison.Ordinal))
        {
            return new SectionBuilder(Text.LiteralMarks.Escape(plain));
        }
        var section = new SectionBuilder(null);
        section.Paragraphs.Add(text.Trim());
        return section;
    }

    private static string TrimEnd(string text, char mark = '.')
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith(mark) && !trimmed.EndsWith("..", StringComparison.Ordinal) ? trimmed[..^1].TrimEnd() : trimmed;
    }

    // A line wholly in bold is a heading's layout, not emphasis in the words.
    private static string StripMarks(string marked)
    {
        var text = marked.Trim();
        return text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal) && text.Length > 4
            && text.IndexOf("**", 2, StringComparison.Ordinal) == text.Length - 2
            ? text[2..^2].Trim()
            : text;
    }

    /// <summary>
    /// The title of a part's heading ("I. MỤC TIÊU", "II- NHIỆM VỤ", "I. Mục đích, yêu cầu"): a Roman
    /// label before a title in capitals, or a short one in sentence case without a full stop; null for any other line.
    /// </summary>
    public static string? PartTitle(string text) =>
        NumberingLabel.Parse(text) is { Label: { Kind: LabelKind.Part, Mark.Length: > 0 }, Text: { Length: > 0 } heading }
        && (VietnameseCase.IsUpper(heading) || (heading.Length <= 120 && char.IsUpper(heading[0]) && !".;".Contains(heading[^1], StringComparison.Ordinal)))
            ? heading
            : null;

    // "I. MỤC ĐÍCH," then "YÊU CẦU": a heading in capitals a page broke, whose next line is capitals with no label.
    private static string? ContinuedHeading(Recognition r, string title)
    {
        if (r.Index + 1 >= r.Lines.Count || !VietnameseCase.IsUpper(title)) return null;
        var next = r.Lines[r.Index + 1];
        return next.Table is null && next.Text.Length <= 80 && VietnameseCase.IsUpper(next.Text) && NumberingLabel.Parse(next.Text) is null
            && !EndsBody(next) && (title.EndsWith(',') || GrammarText.TrimEndPunctuation(title).Split(' ')[^1] is "VÀ" or "CỦA" or "VỀ")
            ? next.Text
            : null;
    }

    /// <summary>
    /// The heading of a division ("Phần I", "A. MỤC ĐÍCH"), with the lines in capitals under a
    /// label printed alone, which the cursor passes; null for any other line. The plan keeps it as a
    /// part numbered as the document numbers it (part_numbering), which is warned at its place.
    /// </summary>
    private static string? DivisionTitle(Recognition r, ImportLine line, int number)
    {
        if (DivisionHeading.Parse(line.Text) is not { } division) return null;
        var heading = division.Heading;
        // "A. MỤC ĐÍCH" then "YÊU CẦU"; "Phần I" then its heading over one or two lines.
        while (r.Index + 1 < r.Lines.Count && r.Lines[r.Index + 1] is { Table: null } next && next.Text.Length <= 120
            && VietnameseCase.IsUpper(next.Text) && NumberingLabel.Parse(next.Text) is null && DivisionHeading.Parse(next.Text) is null && !EndsBody(next)
            && (heading.Length == 0 || !heading.EndsWith(':')) && heading.Length < 200)
        {
            heading = heading.Length == 0 ? next.Text : heading + " " + next.Text;
            r.Index++;
        }
        heading = heading.TrimEnd(':').Trim();
        if (heading.Length == 0) return null;
        // The plan keeps the document's numbering of its parts when it opens with a division.
        if (number == 1) r.PartNumbering = division.Label.Length > 3 ? Model.PartNumbering.Named : Model.PartNumbering.Letters;
        r.Reshaped(line, $"parts[{number}]", Diagnostics.MessageWord.How.Division);
        return heading;
    }

    /// <summary>Upper case of a heading, for matching part names.</summary>
    public static string Key(string heading) => Text.VietnameseCasing.Upper(heading);
}
