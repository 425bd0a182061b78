using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;

namespace PlanGen.Core.Format;

/// <summary>
/// Chế độ báo cáo, as a plan's <c>reporting:</c> sets it, and a province (units.yaml's
/// <c>reporting:</c>) or a unit (under its entry) sets it for every plan: where reports go, which
/// reports, the cut-off day, the due rule, and the days off besides weekends.
/// </summary>
internal static class ReportingShape
{
    public static Shape<ReportingRule> Shape { get; } = new()
    {
        Name = "reporting",
        Text = new("Chế độ báo cáo: nơi nhận báo cáo, kỳ báo cáo, ngày chốt số liệu, hạn gửi, ngày nghỉ.",
            "Chế độ báo cáo — where reports go, which reports, the cut-off day, when they are due, days off."),
        Create = () => ReportingRule.None,
        Fields =
        [
            Rows<ReportingRule>.Of("to", TextKind.Instance, r => r.To, (r, v) => r with { To = v },
                "Cơ quan nhận báo cáo (Kính gửi); mặc định: cơ quan ban hành kế hoạch.",
                "The body reports are sent to (Kính gửi); by default the plan's issuer.").Typed("gui", "noi_nhan_bao_cao", "kinh_gui"),
            Rows<ReportingRule>.Of("periods", CyclesKind.Instance, r => r.Periods, (r, v) => r with { Periods = v },
                "Các kỳ báo cáo: month, quarter, 6m, 9m, year (tháng, quý, 6 tháng, 9 tháng, năm); mặc định 6 tháng và năm.",
                "The reports asked for: month, quarter, 6m, 9m, year; by default 6m and year.").Typed("ky_bao_cao", "cac_ky"),
            Rows<ReportingRule>.Of("cut_off", CutOffKind.Instance, r => r.CutOffDay, (r, v) => r with { CutOffDay = v },
                "Ngày chốt số liệu hằng tháng (1–31, hoặc end: cuối tháng); mặc định 14: số liệu từ ngày 15 tháng trước đến ngày 14.",
                "The day figures are cut off each month (1–31, or end); by default 14: from the 15th of the month before to the 14th.").Typed("ngay_chot", "chot_so_lieu"),
            Rows<ReportingRule>.Of("due", DueRuleKind.Instance, r => r.Due, (r, v) => r with { Due = v },
                "Hạn gửi báo cáo: \"trước ngày 20\", \"ngày 20\" hoặc \"2 ngày làm việc sau ngày chốt số liệu\"; mặc định trước ngày 20.",
                "When reports are due: \"trước ngày 20\" (before the 20th), \"ngày 20\" (the 20th) or \"2 ngày làm việc sau ngày chốt số liệu\" (2 working days after the cut-off); by default before the 20th.").Typed("han", "han_gui", "thoi_han"),
            Rows<ReportingRule>.Of("holidays", DatesKind.Instance, r => r.Holidays, (r, v) => r with { Holidays = v },
                "Các ngày nghỉ ngoài thứ Bảy, Chủ nhật và 1/1, 30/4, 1/5, 2/9: Tết, Giỗ Tổ, ngày nghỉ bù.",
                "Days off besides weekends and 1/1, 30/4, 1/5, 2/9: Tết, the Hùng Kings' day, days moved.").Typed("ngay_nghi", "ngay_le"),
        ],
    };
}
