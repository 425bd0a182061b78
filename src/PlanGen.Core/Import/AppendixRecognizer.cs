using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Core.Model;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Import;

/// <summary>
/// The appendix, where the outline finds it: "PHỤ LỤC", its title, "(Kèm theo Kế hoạch số 68/KH-UBND ngày 31/01/2024 của UBND
/// tỉnh)" (which also tells the plan's own number, date and issuer when the header lost them), and
/// the task table: columns found by their header names, rows numbered I, II … as groups, 1, 2 … as
/// tasks, 7.1 … as sub-tasks; a row with no number continues the row before it. The caption and
/// the numbers are read by the grammar.
/// </summary>
internal static class AppendixRecognizer
{
    /// <summary>
    /// The appendix where the outline finds it after the closing: its caption, the lines under it
    /// and its first task table. Lines before the caption are no appendix's: they go to
    /// <paramref name="after"/>, kept where they were met. Null when the outline finds no appendix.
    /// </summary>
    public static Appendix? Read(Recognition r, RecognizedHeader header, List<ImportLine> after)
    {
        var found = r.Outline.Documents.Select(d => (Outline: d, Caption: d.AppendixCaption is { } c ? LineOf(r, c.Paragraph) : -1))
            .FirstOrDefault(d => d.Caption >= r.Index && d.Outline.AppendixTables.Count > 0);
        if (found.Outline is null) return ReadUncaptioned(r, header);
        var table = r.Lines.FindIndex(found.Caption, l => l.Table is not null && found.Outline.AppendixTables.Any(t => ReferenceEquals(t.Table, l.Table)));
        if (table < 0) return ReadUncaptioned(r, header);
        for (; r.Index < found.Caption; r.Index++) after.Add(r.Current);

        // "PHỤ LỤC" alone is the heading; a longer caption ("PHỤ LỤC I: …") is the title's first line.
        string heading = "Phụ lục";
        var title = new List<string>();
        for (; r.Index < table; r.Index++)
        {
            var text = r.Current.Text;
            if (r.Index == found.Caption && text.Length < 20)
            {
                heading = VietnameseCase.Sentence(text);
            }
            else if (ReferenceEquals(r.Current.Paragraph, found.Outline.AppendixReference?.Paragraph) && AppendixReference.Parse(text) is { } attached)
            {
                UseAttached(attached, header);
            }
            else if (!text.StartsWith('(') && title.Count < 3)
            {
                title.Add(r.Current.Marked);
            }
            else
            {
                r.Unplaced(r.Current, "appendix");
            }
        }
        var groups = Groups(r, r.Current.Table!);
        r.Index++;
        return new Appendix(heading, title.Count > 0 ? string.Join(" ", title) : "Phụ lục", groups);
    }

    /// <summary>
    /// An appendix whose page lost its "PHỤ LỤC" caption, which the outline knows it by: the
    /// lines after the closing up to a task table are its title and its "(Kèm theo …)" line.
    /// </summary>
    private static Appendix? ReadUncaptioned(Recognition r, RecognizedHeader header)
    {
        string heading = "Phụ lục";
        var title = new List<string>();
        var start = r.Index;
        while (!r.AtEnd && r.Current.Table is null)
        {
            var text = r.Current.Text;
            if (text.StartsWith("PHỤ LỤC", StringComparison.OrdinalIgnoreCase) && text.Length < 20)
            {
                heading = VietnameseCase.Sentence(text);
            }
            else if (AppendixReference.Parse(text) is { } attached)
            {
                UseAttached(attached, header);
            }
            else if (!text.StartsWith('(') && title.Count < 3)
            {
                title.Add(r.Current.Marked);
            }
            else
            {
                r.Unplaced(r.Current, "appendix");
            }
            r.Index++;
        }
        if (r.AtEnd)
        {
            // No table followed: these lines were not an appendix.
            r.Index = start;
            return null;
        }
        var groups = Groups(r, r.Current.Table!);
        r.Index++;
        return new Appendix(heading, title.Count > 0 ? string.Join(" ", title) : "Phụ lục", groups);
    }

    // The index of the line read from <paramref name="paragraph"/>, or -1.
    private static int LineOf(Recognition r, Paragraph paragraph) => r.Lines.FindIndex(l => ReferenceEquals(l.Paragraph, paragraph));

    private static void UseAttached(AppendixReference attached, RecognizedHeader header)
    {
        if (!header.HasNumberLine)
        {
            header.Number ??= attached.Number.Number;
            header.Code ??= attached.Number.IssuerCode;
            header.TypeCode = attached.Number.TypeCode ?? header.TypeCode;
        }
        header.Date ??= attached.Date;
        if (attached.Issuer is not null)
        {
            header.ShortName ??= attached.Issuer;
        }
    }

    private static List<TaskGroup> Groups(Recognition r, TableBlock table)
    {
        var columns = Columns(table);
        var groups = new List<(string Number, string[] Cells, List<(string[] Cells, List<string[]> Subs)> Tasks)>();
        (string[] Cells, List<string[]> Subs)? lastTask = null;
        string[]? lastRow = null;
        foreach (var row in table.AllRows.Skip(columns.HeaderRows))
        {
            var cells = columns.Read(row);
            var number = cells[0].Trim().TrimEnd('.');
            var label = NumberingLabel.ParseAlone(cells[0]);
            var numbered = label is { Kind: LabelKind.Clause, Path.Count: <= 2, Mark: "" or "." };
            if (label is { Kind: LabelKind.Part, Mark: "" or "." })
            {
                groups.Add((number, cells, []));
                lastTask = null;
                lastRow = cells;
            }
            else if (numbered && label!.Path.Count == 2 && lastTask is not null)
            {
                lastTask.Value.Subs.Add(cells);
                lastRow = cells;
            }
            else if (numbered)
            {
                if (groups.Count == 0)
                {
                    groups.Add(("I", ["I", "Nhiệm vụ", "", "", "", ""], []));
                    r.Guessed("appendix", "Nhiệm vụ", MessageWord.Why.NoGroup);
                }
                lastTask = (cells, []);
                groups[^1].Tasks.Add(lastTask.Value);
                lastRow = cells;
            }
            else if (lastRow is not null)
            {
                for (var c = 1; c < cells.Length; c++) lastRow[c] = (lastRow[c] + " " + cells[c]).Trim();
            }
        }
        // The appendix numbers its rows by their place, as the plan format does.
        return [.. groups.Select(g => new TaskGroup(g.Cells[1], Cells(g.Cells),
            [.. g.Tasks.Select(t => new PlanTask(t.Cells[1], Cells(t.Cells), [.. t.Subs.Select(s => new PlanTask(s[1], Cells(s), []))]))]))];
    }

    private static TaskCells Cells(string[] cells) => new(Timeline(cells[2]), Cell(cells[3]), Cell(cells[4]), Cell(cells[5]), [], []);

    private static Timeline? Timeline(string text) => text.Trim().Length == 0 ? null : new Timeline(text.Trim());

    private static string? Cell(string text) => text.Trim().Length == 0 ? null : text.Trim();

    private static TaskColumns Columns(TableBlock table) => TaskColumns.Of(table);
}
