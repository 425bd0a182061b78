using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;

namespace PlanGen.Core.Format;

/// <summary>A figure of units.yaml's <c>figures:</c>: what a province counts, in what unit, and whose count it is.</summary>
internal static class FigureOwnerShape
{
    public static Shape<FigureOwner> Shape { get; } = new()
    {
        Name = "owned_figure",
        Text = new("Một chỉ tiêu số liệu và đơn vị nắm số liệu đó.", "A figure and the unit whose count it is."),
        Create = () => new FigureOwner("", "", null, null),
        Fields =
        [
            Rows<FigureOwner>.Of("id", TextKind.Instance, f => f.Id, (f, v) => f with { Id = v },
                "Mã chỉ tiêu, ví dụ tngt-so-vu.", "A short id, e.g. tngt-so-vu.").Needed().Typed("ma"),
            Rows<FigureOwner>.Of("name", TextKind.Instance, f => f.Name, (f, v) => f with { Name = v },
                "Chỉ tiêu: Số vụ tai nạn giao thông.", "What is counted.").Needed().Typed("chi_tieu", "ten"),
            Rows<FigureOwner>.Of("measure", TextKind.Instance, f => f.Measure, (f, v) => f with { Measure = v },
                "Đơn vị tính: vụ, người.", "The unit counted in: vụ, người.").Typed("don_vi_tinh", "dvt"),
            Rows<FigureOwner>.Of("owner", TextKind.Instance, f => f.Owner, (f, v) => f with { Owner = v },
                "Mã đơn vị nắm số liệu; bỏ trống khi mỗi đơn vị báo cáo phần của mình và được cộng lại.",
                "The id of the unit whose count it is; leave out when each unit reports its own share and the shares are added up.").Typed("don_vi", "co_quan"),
        ],
    };
}
