using System.Globalization;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Core.Reports;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Import;

/// <summary>
/// A report's parts as the bao-cao template writes them, each known by its heading (I. Tình hình
/// chung, II. Kết quả thực hiện, III. Tồn tại, hạn chế và nguyên nhân, IV. Nhiệm vụ trọng tâm kỳ
/// tới, V. Đề xuất, kiến nghị; any other heading is a further part), the figures table ending the
/// first, and the tasks reported in the second.
/// </summary>
internal sealed class ReportParts
{
    private const string Status = "Tình trạng:";
    private const string Result = "Kết quả:";
    private const string Documents = "Văn bản đã ban hành:";

    private static readonly (string Heading, string Key)[] Known =
    [
        ("TÌNH HÌNH CHUNG", "situation"), ("KẾT QUẢ THỰC HIỆN", "results"), ("TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "shortcomings"),
        ("NHIỆM VỤ TRỌNG TÂM KỲ TỚI", "next_tasks"), ("ĐỀ XUẤT, KIẾN NGHỊ", "proposals"),
    ];

    public Section? Situation { get; private set; }
    public Section? Results { get; private set; }
    public Section? Shortcomings { get; private set; }
    public Section? NextTasks { get; private set; }
    public Section? Proposals { get; private set; }
    public List<Section> Extra { get; } = [];
    public List<Figure> Figures { get; } = [];
    public ReportPeriod? Period { get; private set; }

    /// <summary>The tasks of part II in the document's order: status, result paragraphs, documents.</summary>
    public List<(TaskState? State, List<string> Result, List<string> Documents, ImportLine At)> Tasks { get; } = [];

    /// <summary>Reads the parts from the cursor up to the closing sentence or the signature.</summary>
    public static ReportParts Read(Recognition r)
    {
        var parts = new ReportParts();
        while (!r.AtEnd && !Ends(r.Current))
        {
            if (r.Current.Table is null && OutlineRecognizer.PartTitle(r.Current.Text) is { } heading)
            {
                r.Index++;
                parts.ReadPart(r, heading);
            }
            else
            {
                r.Unplaced(r.Current, "situation");
                r.Index++;
            }
        }
        return parts;
    }

    private static bool Ends(ImportLine line) =>
        line.Table is null && (line.Text.StartsWith("Trên đây là", StringComparison.Ordinal) || ClosingRecognizer.StartsClosing(line));

    private static bool EndsPart(ImportLine line) => Ends(line) || (line.Table is null && OutlineRecognizer.PartTitle(line.Text) is not null);

    private void ReadPart(Recognition r, string heading)
    {
        var key = Known.FirstOrDefault(k => BodyRecognizer.Key(heading) == k.Heading).Key;
        // A known heading is the template's default: the part keeps no title of its own.
        var section = new SectionBuilder(key is null ? VietnameseCase.Sentence(heading) : null);
        while (!r.AtEnd && !EndsPart(r.Current))
        {
            var line = r.Current;
            if (line.Table is not null && key == "situation")
            {
                ReadFigures(line.Table);
            }
            else if (line.Table is null && key == "situation" && line.Text.StartsWith("Số liệu từ ngày ", StringComparison.Ordinal))
            {
                // The days the figures count follow from the period; they are not written back.
            }
            else if (line.Table is null && key == "results" && NumberingLabel.Parse(line.Text)?.Label.Kind == LabelKind.Clause)
            {
                ReadTasks(r);
                continue;
            }
            else if (line.Table is not null)
            {
                r.Unplaced(line, key ?? "extra");
            }
            else
            {
                AddLine(section, line.Marked);
            }
            r.Index++;
        }
        var built = section.Build();
        var empty = section.Paragraphs.Count == 0 && section.Bullets.Count == 0 && section.After.Count == 0 && built.Title is null;
        switch (key)
        {
            case "situation": Situation = empty ? null : built; break;
            case "results": Results = empty ? null : built; break;
            case "shortcomings": Shortcomings = built; break;
            case "next_tasks": NextTasks = built; break;
            case "proposals": Proposals = built; break;
            default: Extra.Add(built); break;
        }
    }

    // "- item" is a bullet, "+ item" one under it; any other line is a paragraph.
    private static void AddLine(SectionBuilder section, string text)
    {
        var label = NumberingLabel.Parse(text);
        if (label?.Label.Kind == LabelKind.Dash) section.Bullets.Add((label.Text, []));
        else if (label?.Label.Kind == LabelKind.Plus && section.Bullets.Count > 0) section.Bullets[^1].Items.Add(label.Text);
        else section.AddText(text);
    }

    // Clauses (the plan's groups) and points (its tasks) until the next part.
    private void ReadTasks(Recognition r)
    {
        while (!r.AtEnd && !EndsPart(r.Current))
        {
            var line = r.Current;
            if (line.Table is not null)
            {
                r.Unplaced(line, "tasks");
            }
            else
            {
                foreach (var piece in Pieces(line.Text))
                {
                    ReadTaskLine(r, line, piece);
                }
            }
            r.Index++;
        }
    }

    // A page may run "- Tình trạng: …" on after a point that reached the margin: each label starts a line of its own.
    private static IEnumerable<string> Pieces(string text)
    {
        var start = 0;
        for (var at = text.IndexOf(" - ", StringComparison.Ordinal); at >= 0; at = text.IndexOf(" - ", at + 3, StringComparison.Ordinal))
        {
            var rest = text.AsSpan(at + 3);
            if (rest.StartsWith(Status, StringComparison.Ordinal) || rest.StartsWith(Result, StringComparison.Ordinal) || rest.StartsWith(Documents, StringComparison.Ordinal))
            {
                yield return text[start..at];
                start = at + 1;
            }
        }
        yield return text[start..];
    }

    private void ReadTaskLine(Recognition r, ImportLine line, string text)
    {
        var label = NumberingLabel.Parse(text);
        var dash = label?.Label.Kind == LabelKind.Dash && Tasks.Count > 0 ? label.Text : null;
        if (label?.Label.Kind == LabelKind.Point)
        {
            Tasks.Add((null, [], [], line));
        }
        else if (dash is not null && dash.StartsWith(Status, StringComparison.Ordinal))
        {
            Tasks[^1] = Tasks[^1] with { State = Format.Choices.TaskState.Parse(dash[Status.Length..].Trim().TrimEnd('.')) };
        }
        else if (dash is not null && dash.StartsWith(Result, StringComparison.Ordinal))
        {
            Tasks[^1].Result.Add(dash[Result.Length..].Trim());
        }
        else if (dash is not null && dash.StartsWith(Documents, StringComparison.Ordinal))
        {
            Tasks[^1].Documents.AddRange(dash[Documents.Length..].Trim().TrimEnd('.').Split("; ").Select(d => d.Trim()));
        }
        else if (label is null && Tasks.Count > 0 && Tasks[^1].Result.Count > 0)
        {
            // A result's further paragraphs follow its first, unlabelled.
            Tasks[^1].Result.Add(text == line.Text ? line.Marked : text);
        }
        else if (label?.Label.Kind != LabelKind.Clause)
        {
            r.Unplaced(line, "tasks");
        }
    }

    // STT, Chỉ tiêu (a note in brackets after it), Đơn vị tính, this period, the same period, the change.
    private void ReadFigures(TableBlock table)
    {
        var header = table.AllRows.First().Cells.Select(c => c.Text.Trim()).ToList();
        if (header.Count >= 5) Period = ReportPeriods.Parse(header[3]);
        foreach (var row in table.AllRows.Skip(1))
        {
            var cells = row.Cells.Select(c => c.Text.Trim()).ToList();
            if (cells.Count < 5 || cells[1].Length == 0) continue;
            var name = cells[1];
            string? note = null;
            if (name.EndsWith(')') && name.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var open)
            {
                note = name[(open + 2)..^1];
                name = name[..open];
            }
            Figures.Add(new Figure(name, cells[2].Length == 0 ? null : cells[2], Count(cells[3]), Count(cells[4])) { Note = note });
        }
    }

    // "1.163" as the table prints it is the count 1163.
    private static long? Count(string text) =>
        long.TryParse(text.Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>
    /// The appendix (after the signature): its task table's rows give each task reported on its id,
    /// the group's number and the row's ("I" and "7.2" are task I.7.2), in the order part II lists them.
    /// </summary>
    public static List<string> AppendixIds(Recognition r)
    {
        var ids = new List<string>();
        var caption = false;
        while (!r.AtEnd && r.Current.Table is null)
        {
            var text = r.Current.Text;
            // A draft's caption leaves blanks for its number and date, which a page may break over lines.
            caption = (caption || text.StartsWith("(Kèm theo", StringComparison.Ordinal)) && !text.EndsWith(')');
            if (!caption && !text.EndsWith(')') && !text.StartsWith("Phụ lục", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("TÌNH HÌNH THỰC HIỆN", StringComparison.Ordinal))
            {
                return ids;
            }
            r.Index++;
        }
        if (r.AtEnd || r.Current.Table is not { } table) return ids;
        var group = "";
        foreach (var row in table.AllRows.Skip(1))
        {
            var number = row.Cells.Count > 0 ? row.Cells[0].Text.Trim().TrimEnd('.') : "";
            var label = NumberingLabel.ParseAlone(number);
            if (label?.Kind == LabelKind.Part) group = number;
            else if (label?.Kind == LabelKind.Clause) ids.Add(group.Length == 0 ? number : group + "." + number);
        }
        r.Index++;
        return ids;
    }

    /// <summary>Part II's tasks with the appendix's ids, in order; a task without an id keeps "TODO", warned.</summary>
    public static IReadOnlyList<TaskReport> Reported(Recognition r, List<(TaskState? State, List<string> Result, List<string> Documents, ImportLine At)> tasks, List<string> ids)
    {
        var reports = new List<TaskReport>();
        for (var i = 0; i < tasks.Count; i++)
        {
            var (state, result, documents, at) = tasks[i];
            var id = i < ids.Count ? ids[i] : "TODO";
            if (id == "TODO") r.Unplaced(at, "tasks");
            reports.Add(new TaskReport(id, state, result, [.. documents.Select(d => new Citation(null, null, null, null, null, d))]));
        }
        return reports;
    }
}
