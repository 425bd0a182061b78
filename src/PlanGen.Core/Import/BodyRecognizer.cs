using System.Text.RegularExpressions;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Import;

/// <summary>
/// The outline's body placed on the import's lines.
/// </summary>
/// <param name="Start">The index among the import's lines where the first item or part stands; <see cref="int.MaxValue"/> without one.</param>
/// <param name="Sections">The numbered items before the first part and the parts, in the document's order, with what stands under them.</param>
/// <param name="At">The index among the import's lines where a section stands.</param>
/// <param name="End">The index of the import's line the body's items and parts end before.</param>
internal sealed record OutlineBody(int Start, IReadOnlyList<OutlineSection> Sections, Func<OutlineSection, int> At, int End);

/// <summary>
/// The plan's parts from the body's structure the outline reads (<see cref="DocumentOutline.BodyOutline"/>):
/// each clause and point titled or kept as text, "1. Mục đích: …" split at its colon, and in content
/// items "- Phân công thực hiện:" and "- Thời gian thực hiện:" as the item's assignment and timeline;
/// Part I whose heading the page lost named after its clauses; each reshaping warned at its place.
/// </summary>
internal static partial class BodyRecognizer
{
    [GeneratedRegex(@"^Phân công( thực hiện)?\s*:\s*(?<t>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^Thời gian( thực hiện)?\s*:\s*(?<t>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Timeline();

    /// <summary>True where the body ends: the closing sentence, the recipients, a signing line.</summary>
    public static bool EndsBody(ImportLine line) => OutlineRecognizer.EndsBody(new BodyLine(line.Text, line.Marked, line.Paragraph, line.Line, line.Table));

    /// <summary>
    /// The parts in document order, each with its heading as written: the parts of the body the
    /// outline read (<see cref="Placed"/>) from the cursor on, written as the plan's sections with
    /// what the plan makes of them (titled clauses, assignments, timelines).
    /// </summary>
    /// <param name="r">The recognition, its cursor where the body's first item or part stands (<see cref="OutlineBody.Start"/>).</param>
    /// <param name="items">
    /// Where the numbered items "1.", "2." before the first part go, for a document whose body is
    /// items before any part (a Công văn, a Thông báo); null for a plan, whose body starts at a part.
    /// </param>
    public static List<(string Heading, SectionBuilder Section)> Read(Recognition r, OutlineBody body, SectionBuilder? items = null) =>
        body.Sections.Count == 0 || body.Start != r.Index ? [] : Write(r, body.Sections, body.At, body.End, items);

    /// <summary>
    /// The body the outline read (a plan's, or with <paramref name="items"/> a Công văn's, Thông
    /// báo's or Tờ trình's), placed on the import's lines: where its first item or part stands, its
    /// items and parts, and where they end; the first stands nowhere (<see cref="int.MaxValue"/>) when
    /// the outline found none from the cursor on. The import's lines are the outline's, but where the
    /// import took one out (a letter's closing sentence ending "./."), the body stops, as at a table,
    /// and the import reads on from there.
    /// </summary>
    public static OutlineBody Placed(Recognition r, bool items = false)
    {
        var at = new Dictionary<(Document.Paragraph, int), int>(new ParagraphLine());
        for (var i = r.Lines.Count - 1; i >= 0; i--)
        {
            if (r.Lines[i].Paragraph is { } paragraph) at[(paragraph, r.Lines[i].Line)] = i;
        }
        int IndexOf(BodyLine line) => line.Paragraph is { } p && at.TryGetValue((p, line.Line), out var i) ? i : -1;
        foreach (var document in r.Outline.Documents)
        {
            var body = items ? document.ItemsOutline : document.BodyOutline;
            if (body.Items.Concat(body.Parts).ToList() is not [var head, ..] sections) continue;
            var first = head.At;
            var start = IndexOf(body.Lines[first]);
            if (start < r.Index) continue;
            var end = first;
            while (end < body.End && IndexOf(body.Lines[end]) == start + end - first) end++;
            return new OutlineBody(start, [.. sections.Where(s => s.At < end)], s => start + s.At - first, start + end - first);
        }
        return new OutlineBody(int.MaxValue, [], s => s.At, r.Lines.Count);
    }

    // The sections, each at its line (lineOf) before the end, written as the plan's parts and the items before them.
    private static List<(string Heading, SectionBuilder Section)> Write(Recognition r, IReadOnlyList<OutlineSection> read, Func<OutlineSection, int> lineOf, int end, SectionBuilder? items)
    {
        var parts = new List<(string, SectionBuilder)>();
        var builders = new Dictionary<OutlineSection, SectionBuilder>(ReferenceEqualityComparer.Instance);
        // The section a line is in: the one it stands under, or the items before any part.
        SectionBuilder Holder(OutlineSection section) => section.Parent is { } parent ? builders[parent] : items!;
        var inAssignment = false;
        ImportLine? untitledAt = null;
        foreach (var section in read.SelectMany(s => s.All).Where(s => lineOf(s) < end).OrderBy(s => s.At))
        {
            var line = r.Lines[lineOf(section)];
            switch (section.Kind)
            {
                case SectionKind.Division:
                    // The plan keeps the document's numbering of its parts when it opens with a division.
                    if (parts.Count == 0) r.PartNumbering = section.Division!.Label.Length > 3 ? Model.PartNumbering.Named : Model.PartNumbering.Letters;
                    r.Reshaped(line, $"parts[{parts.Count + 1}]", Diagnostics.MessageWord.How.Division);
                    parts.Add((section.Text, builders[section] = new SectionBuilder(section.Text)));
                    inAssignment = false;
                    break;
                case SectionKind.Part when section.Untitled:
                    parts.Add(("", builders[section] = new SectionBuilder(null)));
                    untitledAt = line;
                    break;
                case SectionKind.Part:
                    if (section.Continued) r.Reshaped(line, $"parts[{parts.Count + 1}]", Diagnostics.MessageWord.How.JoinedHeading);
                    // "1. Mục đích yêu cầu" in a document without Roman parts: the plan numbers its parts 1., 2. as the document does.
                    if (parts.Count == 0 && section.Label is { Kind: Document.Grammar.LabelKind.Clause }) r.PartNumbering = Model.PartNumbering.Arabic;
                    parts.Add((section.Text, builders[section] = new SectionBuilder(section.Text)));
                    inAssignment = false;
                    break;
                case SectionKind.Clause:
                    var clause = builders[section] = Titled(r, line, section.Text, parts.Count);
                    // "1.1." goes into the clause above it; "1." into its part.
                    if (section.Parent is { Kind: SectionKind.Clause }) Holder(section).Clauses.Add(clause);
                    else Holder(section).Items.Add(clause);
                    inAssignment = false;
                    break;
                case SectionKind.Point:
                    Holder(section).Items.Add(builders[section] = Titled(r, line, section.Text, parts.Count));
                    inAssignment = false;
                    break;
                case SectionKind.Dash:
                    var target = builders[section] = Holder(section);
                    var body = OutlineRecognizer.StripMarks(section.Text);
                    // "- Phân công thực hiện:" and "- Thời gian thực hiện:" belong to a clause or point, not a part.
                    var inClause = section.Parent is { Kind: SectionKind.Clause or SectionKind.Point };
                    if (Assignment().Match(body) is { Success: true } a && inClause)
                    {
                        target.HasAssignment = true;
                        target.AssignmentText = a.Groups["t"].Value.Trim().Length > 0 ? a.Groups["t"].Value.Trim() : null;
                        inAssignment = true;
                    }
                    else if (Timeline().Match(body) is { Success: true } t && inClause)
                    {
                        target.Timeline = TrimEnd(t.Groups["t"].Value);
                        inAssignment = false;
                    }
                    else
                    {
                        target.Bullets.Add((TrimEnd(section.Text, ';'), []));
                        inAssignment = false;
                    }
                    break;
                case SectionKind.Plus:
                    var holder = Holder(section);
                    var item = TrimEnd(section.Text, ';');
                    if (inAssignment) holder.AssignmentItems.Add(item);
                    else if (holder.Bullets.Count > 0) holder.Bullets[^1].Items.Add(item);
                    else holder.Bullets.Add((item, []));
                    break;
                case SectionKind.PartNote:
                    Holder(section).After.Add(section.Text);
                    break;
                default:
                    Holder(section).AddText(section.Text);
                    break;
            }
        }
        r.Index = end;
        if (parts is [("", var untitled), ..] && untitledAt is not null)
        {
            var heading = UntitledHeading(untitled);
            untitled.Title = heading;
            parts[0] = (heading, untitled);
            r.Reshaped(untitledAt, "parts[1].title", Diagnostics.MessageWord.How.UntitledPart);
        }
        return parts;
    }

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

    // A paragraph by its reference (two paragraphs may print the same runs) and a line of it.
    private sealed class ParagraphLine : IEqualityComparer<(Document.Paragraph Paragraph, int Line)>
    {
        public bool Equals((Document.Paragraph Paragraph, int Line) x, (Document.Paragraph Paragraph, int Line) y) => ReferenceEquals(x.Paragraph, y.Paragraph) && x.Line == y.Line;

        public int GetHashCode((Document.Paragraph Paragraph, int Line) obj) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Paragraph), obj.Line);
    }

    /// <summary>Upper case of a heading, for matching part names.</summary>
    public static string Key(string heading) => Text.VietnameseCasing.Upper(heading);
}

