using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>
/// The appendix task table: groups (I, II …), tasks (1, 2 …) and sub-tasks (7.1 …), numbered by
/// their place; a cell naming units is also read as the units it names.
/// </summary>
internal static class AppendixShapes
{
    private const string DefaultHeading = "Phụ lục";

    public static Shape<Appendix> Appendix { get; } = new()
    {
        Name = "appendix",
        Text = new("Phụ lục: bảng nhiệm vụ.", "The appendix: the task table."),
        Create = () => new Appendix(DefaultHeading, "", []),
        Fields =
        [
            Rows<Appendix>.Of("heading", TextKind.Instance, a => a.Heading == DefaultHeading ? null : a.Heading, (a, v) => a with { Heading = v },
                "Tiêu đề, mặc định \"Phụ lục\".", "The heading, \"Phụ lục\" by default.").Typed("tieu_de").Shown("heading", a => a.Heading),
            Rows<Appendix>.Of("title", TextKind.Instance, a => a.Title, (a, v) => a with { Title = v },
                "Tên phụ lục.", "The appendix title.").Needed().Typed("ten", "ten_phu_luc"),
            // Each group under its numeral, as the examples write them: a sub-plan cites "III.2.1".
            Rows<Appendix>.Of("groups", new ListKind<TaskGroup>(() => Group!) { Label = g => g.Number }, a => a.Groups, (a, v) => a with { Groups = v },
                "Các nhóm nhiệm vụ (I, II, …).", "Task groups (I, II, …).").Typed("nhom", "cac_nhom"),
        ],
    };

    public static Shape<TaskGroup> Group { get; } = new()
    {
        Name = "group",
        Text = new("Một nhóm nhiệm vụ, đánh số I, II, … theo thứ tự.", "A task group, numbered I, II, … by its place."),
        Create = () => new TaskGroup("", TaskCells.None, []),
        Fields =
        [
            Rows<TaskGroup>.Of("title", TextKind.Instance, g => g.Title, (g, v) => g with { Title = v },
                "Tên nhóm.", "The group's title.").Needed().Typed("ten", "tieu_de"),
            .. Cells<TaskGroup>(g => g.Cells, (g, c) => g with { Cells = c }),
            Rows<TaskGroup>.Of("tasks", new ListKind<PlanTask>(() => Task!), g => g.Tasks, (g, v) => g with { Tasks = v },
                "Các nhiệm vụ của nhóm.", "Its tasks.").Typed("nhiem_vu", "cac_nhiem_vu"),
        ],
        Finish = (g, map) => g with { Cells = UnitCells(g.Cells, map) },
        Computed =
        [
            ("number", g => g.Number),
            // A group row with cells of its own does not span the table (group VIII of the Lào Cai plan).
            ("has_cells", g => g.Cells.HasAny),
        ],
    };

    public static Shape<PlanTask> Task { get; } = new()
    {
        Name = "task",
        Text = new("Một nhiệm vụ, đánh số 1, 2, … (nhiệm vụ con 7.1, …) theo thứ tự.", "A task, numbered 1, 2, … (sub-tasks 7.1, …) by its place."),
        Create = () => new PlanTask("", TaskCells.None, []),
        Fields =
        [
            Rows<PlanTask>.Of("content", TextKind.Instance, t => t.Content, (t, v) => t with { Content = v },
                "Nội dung nhiệm vụ.", "The task.").Needed().Typed("noi_dung", "nhiem_vu"),
            .. Cells<PlanTask>(t => t.Cells, (t, c) => t with { Cells = c }),
            Rows<PlanTask>.Of("tasks", new ListKind<PlanTask>(() => Task!), t => t.SubTasks, (t, v) => t with { SubTasks = v },
                "Các nhiệm vụ con.", "Its sub-tasks.").Typed("nhiem_vu_con"),
        ],
        Finish = (t, map) => t with { Cells = UnitCells(t.Cells, map) },
        Computed =
        [
            ("id", t => t.Id),
            ("number", t => t.Number),
        ],
    };

    // Groups and tasks write their cells under the same keys.
    private static IEnumerable<Field<T>> Cells<T>(Func<T, TaskCells> get, Func<T, TaskCells, T> set) =>
    [
        Rows<T>.Of("timeline", TimelineKind.Instance, o => get(o).Timeline, (o, v) => set(o, get(o) with { Timeline = v }),
            "Thời gian thực hiện.", "Timeline.").Typed("thoi_gian", "thoi_gian_thuc_hien"),
        Rows<T>.Of("lead", TextKind.Instance, o => get(o).Lead, (o, v) => set(o, get(o) with { Lead = v }),
            "Đơn vị chủ trì, như in trong ô.", "Lead units, as the cell prints them.").Typed("chu_tri", "don_vi_chu_tri"),
        Rows<T>.Of("support", TextKind.Instance, o => get(o).Support, (o, v) => set(o, get(o) with { Support = v }),
            "Đơn vị phối hợp, như in trong ô.", "Supporting units, as the cell prints them.").Typed("phoi_hop", "don_vi_phoi_hop"),
        Rows<T>.Of("note", TextKind.Instance, o => get(o).Note, (o, v) => set(o, get(o) with { Note = v }),
            "Ghi chú.", "Note.").Typed("ghi_chu"),
    ];

    // The units a cell names, one by one, each at the cell's place, for the checks.
    private static TaskCells UnitCells(TaskCells cells, MapLoader map) => cells with
    {
        LeadUnits = Units(cells.Lead, map, "lead"),
        SupportUnits = Units(cells.Support, map, "support"),
    };

    private static List<UnitName> Units(string? cell, MapLoader map, string key) =>
        cell is null ? [] : [.. UnitCellSplitter.Split(cell).Select(n => new UnitName(n) { Span = map.Spans[key] })];
}
