using CsCheck;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;

namespace PlanGen.Tests.Document.Grammar;

/// <summary>Values for the grammar's property tests, made of the names, codes and dates real documents carry.</summary>
internal static class GrammarGen
{
    public static readonly Gen<string> Place = Gen.OneOf(
        "Lào Cai", "Bình Phước", "Hà Nội", "Thành phố Hồ Chí Minh", "Đắk Lắk", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu", "Quảng Ninh",
        "Điện Biên Phủ", "Cần Thơ", "Sa Pa", "Đồng Xoài");

    public static readonly Gen<string> TypeCode = Gen.OneOf("KH", "QĐ", "CTr", "TTr", "BC", "TB", "HD", "NQ", "CT", "ĐA", "TTLT", "NĐ", "QyĐ", "CĐ");

    public static readonly Gen<string> IssuerCode = Gen.OneOf(
        "UBND", "UBATGTQG", "STTTT", "SGDĐT", "BCA-BGDĐT", "SNgV", "BCĐ", "UBND-VP", "SGTVT", "BGTVT", "CAT-PV01", "BTV", "UBND-XD1", "BGDĐT");

    public static readonly Gen<VnDate> Date = Gen.Select(Gen.Int[1990, 2035], Gen.Int[1, 12], Gen.Int[1, 31], Gen.Int[0, 2])
        .Select((year, month, day, shape) => shape switch
        {
            0 => new VnDate(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))),
            1 => new VnDate(year, month, null),
            _ => new VnDate(year, null, null),
        });

    public static readonly Gen<VnDate> FullDate = Gen.Select(Gen.Int[1990, 2035], Gen.Int[1, 12], Gen.Int[1, 31])
        .Select((year, month, day) => new VnDate(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))));

    public static readonly Gen<string> Issuer = Gen.OneOf(
        "Ủy ban An toàn giao thông Quốc gia", "Ban Bí thư Trung ương Đảng", "Chính phủ", "Thủ tướng Chính phủ", "UBND tỉnh Lào Cai",
        "Bộ Giáo dục và Đào tạo", "Ủy ban nhân dân tỉnh Bình Phước", "UBND tỉnh", "Sở Thông tin và Truyền thông", "Bộ Công an");

    public static readonly Gen<string> Subject = Gen.OneOf(
        "bảo đảm trật tự, an toàn giao thông năm 2024", "phát động phong trào thi đua bảo đảm trật tự an toàn giao thông năm 2020",
        "tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an toàn giao thông", "ban hành Quy chế làm việc",
        "triển khai Chỉ thị số 10/CT-TTg về xử lý vi phạm");

    public static readonly Gen<string> CitedNumber = Gen.OneOf(
        "689/KH-UBATGTQG", "23-CT/TW", "149/NQ-CP", "10/CT-TTg", "11/CTr-BCA-BGDĐT", "30/2018/QĐ-UBND", "104/QĐ-UBND", "83/KH-UBND", "05/KH-STTTT");

    public static readonly Gen<string> Recipient = Gen.OneOf(
        "Công an tỉnh", "Sở Giáo dục và Đào tạo", "Ủy ban ATGTQG", "Thường trực Tỉnh ủy", "Các sở, ban, ngành tỉnh", "Như trên", "Như Điều 3",
        "UBND các huyện, thị xã, thành phố", "Báo Lào Cai", "Cổng Thông tin điện tử tỉnh", "Chủ tịch, các PCT UBND tỉnh");

    public static readonly Gen<string> Body = Gen.OneOf("ỦY BAN NHÂN DÂN", "BAN AN TOÀN GIAO THÔNG", "HỘI ĐỒNG NHÂN DÂN", "BAN CHỈ ĐẠO");

    public static readonly Gen<string> Head = Gen.OneOf("CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG BAN", "BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG");

    public static readonly Gen<string> Office = Gen.OneOf("PHÓ CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "PHÓ TRƯỞNG BAN", "GIÁM ĐỐC", "CHỦ TỊCH");

    public static readonly Gen<string> DocumentKindName = Gen.OneOf([.. DocumentKinds.All.Select(k => k.Name)]);
}
