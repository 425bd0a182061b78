using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;

namespace PlanGen.Core.Format;

/// <summary>Cơ quan ban hành — the issuing body, header box 2.</summary>
internal static class IssuerShape
{
    public static Shape<Issuer> Shape { get; } = new()
    {
        Name = "issuer",
        Text = new("Cơ quan ban hành.", "The issuing body."),
        Create = () => new Issuer(null, "", "", "", UnitLevel.Province, null, null),
        Fields =
        [
            Rows<Issuer>.Of("governing_body", TextKind.Instance, i => i.WrittenGoverningBody ?? i.GoverningBody,
                (i, v) => i with { GoverningBody = Issuer.OneLine(v), WrittenGoverningBody = v },
                "Cơ quan chủ quản (bỏ nếu không có).", "The governing body, if any.").Typed("co_quan_chu_quan").Shown("governing_body", i => i.GoverningBody),
            Rows<Issuer>.Of("name", TextKind.Instance, i => i.WrittenName.Length > 0 ? i.WrittenName : i.Name,
                (i, v) => i with { Name = Issuer.OneLine(v) ?? "", WrittenName = v ?? "" },
                "Tên cơ quan ban hành (in hoa; \\n nơi muốn xuống dòng ở ô 2).",
                "The issuing body (printed upper case; \\n where header box 2 is to break it).").Needed().Typed("ten", "ten_co_quan").Shown("name", i => i.Name),
            Rows<Issuer>.Of("short_name", TextKind.Instance, i => i.ShortName, (i, v) => i with { ShortName = v },
                "Tên gọi tắt trong văn bản, ví dụ UBND tỉnh.", "How the plan's text names it, e.g. UBND tỉnh.").Typed("ten_goi_tat", "ten_viet_tat"),
            Rows<Issuer>.Of("code", CodeKind.Instance, i => i.Code, (i, v) => i with { Code = v },
                "Ký hiệu cơ quan trong số văn bản: …/KH-UBND.", "The body's code in the number: …/KH-UBND.").Needed().Typed("ky_hieu", "ma"),
            Rows<Issuer>.Of("place", TextKind.Instance, i => i.Place, (i, v) => i with { Place = v },
                "Địa danh ở dòng ngày tháng.", "Địa danh of the date line.").Needed().Typed("dia_danh"),
            Rows<Issuer>.Of("level", Choices.Level, i => i.Level, (i, v) => i with { Level = v!.Value },
                "Cấp: trung ương, tỉnh, sở, huyện, xã.", "Level: national, province, department, district, commune.").Needed().Typed("cap"),
            Rows<Issuer>.Of("unit", TextKind.Instance, i => i.UnitId, (i, v) => i with { UnitId = v },
                "Mã đơn vị trong units.yaml.", "Its id in units.yaml.").Typed("ma_don_vi", "don_vi"),
        ],
        // Header box 2 prints the names with the breaks the plan writes in them (HeaderBox).
        Computed =
        [
            ("header_governing_body", i => i.WrittenGoverningBody ?? i.GoverningBody),
            ("header_name", i => i.WrittenName.Length > 0 ? i.WrittenName : i.Name),
        ],
    };
}
