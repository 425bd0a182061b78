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
    public static List<(string Heading, SectionBuilder Section)> Read(Recognition r)
    {
        var parts = new List<(string, SectionBuilder)>();
        SectionBuilder? part = null, clause = null, point = null;
        var inAssignment = false;
        while (!r.AtEnd && !EndsBody(r.Current))
        {
            var line = r.Current;
            if (line.Table is not null) break;
            var text = line.Text;
            var marked = StripMarks(line.Marked);
            var labeled = NumberingLabel.Parse(marked) is { Text.Length: > 0 } read ? read : null;
            if (PartTitle(text) is { } title)
            {
                part = new SectionBuilder(title);
                parts.Add((title, part));
                clause = point = null;
                inAssignment = false;
            }
            else if (part is null)
            {
                break;
            }
            else if (labeled is { Label: { Kind: LabelKind.Clause, Path.Count: 1 } })
            {
                clause = Titled(labeled.Text);
                part.Items.Add(clause);
                point = null;
                inAssignment = false;
            }
            else if (labeled is { Label.Kind: LabelKind.Point })
            {
                point = Titled(labeled.Text);
                (clause ?? part).Items.Add(point);
                inAssignment = false;
            }
            else if (labeled is { Label.Kind: LabelKind.Dash })
            {
                var target = point ?? clause ?? part;
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
                var target = point ?? clause ?? part;
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
                (point ?? clause ?? part).AddText(marked);
            }
            r.Index++;
        }
        return parts;
    }

    // A short clause without a full stop is a heading ("1. Ban An toàn giao thông tỉnh"); a long one
    // is its own text. A heading drops its emphasis (the layout makes it bold) but keeps its stars.
    private static SectionBuilder Titled(string text)
    {
        var plain = Document.Reading.MarkedText.Plain(text).Trim();
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

    /// <summary>The title of a part's heading ("I. MỤC TIÊU", "II- NHIỆM VỤ"): a Roman label before a title in capitals; null for any other line.</summary>
    public static string? PartTitle(string text) =>
        NumberingLabel.Parse(text) is { Label.Kind: LabelKind.Part, Text.Length: > 0 } heading && VietnameseCase.IsUpper(heading.Text) ? heading.Text : null;

    /// <summary>Upper case of a heading, for matching part names.</summary>
    public static string Key(string heading) => Text.VietnameseCasing.Upper(heading);
}
