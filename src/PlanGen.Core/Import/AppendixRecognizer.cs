using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Core.Model;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Import;

/// <summary>
/// The appendix: "PHỤ LỤC", its title, "(Kèm theo Kế hoạch số 68/KH-UBND ngày 31/01/2024 của UBND
/// tỉnh)" (which also tells the plan's own number, date and issuer when the header lost them), and
/// the task table: columns found by their header names, rows numbered I, II … as groups, 1, 2 … as
/// tasks, 7.1 … as sub-tasks; a row with no number continues the row before it. The caption and
/// the numbers are read by the grammar.
/// </summary>
internal static class AppendixRecognizer
{
    public static Appendix? Read(Recognition r, RecognizedHeader header)
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
