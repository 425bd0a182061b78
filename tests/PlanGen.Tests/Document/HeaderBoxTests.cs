using PlanGen.Core.Document;

namespace PlanGen.Tests.Document;

/// <summary>
/// A body's name in header box 2 breaks where a clerk breaks it: after the body's kind, before the
/// place (ỦY BAN NHÂN DÂN / XÃ TÂN LẬP), never inside the place name; on one line when it fits the
/// 6.5 cm box at 13 pt; a kind too long for a line breaks before "và" or a capitalised part of it.
/// </summary>
public sealed class HeaderBoxTests
{
    [Theory]
    // Province
    [InlineData("Ủy ban nhân dân tỉnh Lào Cai", "ỦY BAN NHÂN DÂN|TỈNH LÀO CAI")]
    [InlineData("Ban An toàn giao thông tỉnh Lào Cai", "BAN AN TOÀN GIAO THÔNG|TỈNH LÀO CAI")]
    [InlineData("Ủy ban nhân dân thành phố Hồ Chí Minh", "ỦY BAN NHÂN DÂN|THÀNH PHỐ HỒ CHÍ MINH")]
    [InlineData("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "ỦY BAN NHÂN DÂN|TỈNH BÀ RỊA - VŨNG TÀU")]
    // Department
    [InlineData("Sở Giáo dục và Đào tạo", "SỞ GIÁO DỤC VÀ ĐÀO TẠO")]
    [InlineData("Sở Giao thông vận tải", "SỞ GIAO THÔNG VẬN TẢI")]
    [InlineData("Sở Thông tin và Truyền thông", "SỞ THÔNG TIN|VÀ TRUYỀN THÔNG")]
    [InlineData("Sở Tài nguyên và Môi trường", "SỞ TÀI NGUYÊN|VÀ MÔI TRƯỜNG")]
    [InlineData("Công an tỉnh Lào Cai", "CÔNG AN TỈNH LÀO CAI")]
    // District
    [InlineData("Ủy ban nhân dân huyện Bảo Thắng", "ỦY BAN NHÂN DÂN|HUYỆN BẢO THẮNG")]
    [InlineData("Ủy ban nhân dân thị xã Sa Pa", "ỦY BAN NHÂN DÂN|THỊ XÃ SA PA")]
    [InlineData("Ban Chỉ huy Quân sự huyện Bảo Thắng", "BAN CHỈ HUY QUÂN SỰ|HUYỆN BẢO THẮNG")]
    [InlineData("Phòng Giáo dục và Đào tạo huyện Bảo Thắng", "PHÒNG GIÁO DỤC|VÀ ĐÀO TẠO|HUYỆN BẢO THẮNG")]
    [InlineData("Phòng GD&ĐT huyện Bảo Thắng", "PHÒNG GD&ĐT|HUYỆN BẢO THẮNG")]
    // Commune
    [InlineData("Ủy ban nhân dân xã Tân Lập", "ỦY BAN NHÂN DÂN|XÃ TÂN LẬP")]
    [InlineData("Ủy ban nhân dân thị trấn Phố Lu", "ỦY BAN NHÂN DÂN|THỊ TRẤN PHỐ LU")]
    [InlineData("Ban An toàn giao thông xã Liên Minh", "BAN AN TOÀN GIAO THÔNG|XÃ LIÊN MINH")]
    [InlineData("Công an xã Tân Lập", "CÔNG AN XÃ TÂN LẬP")]
    // Schools: the school's own name is its "place"
    [InlineData("Trường THCS Xuân Quang", "TRƯỜNG THCS|XUÂN QUANG")]
    [InlineData("Trường Tiểu học Kim Đồng", "TRƯỜNG TIỂU HỌC|KIM ĐỒNG")]
    [InlineData("Trường Trung học cơ sở Tân Lập", "TRƯỜNG|TRUNG HỌC CƠ SỞ TÂN LẬP")]
    [InlineData("Trường Trung học phổ thông số 1 Bảo Thắng", "TRƯỜNG|TRUNG HỌC PHỔ THÔNG|SỐ 1 BẢO THẮNG")]
    public void The_issuing_body_breaks_after_its_kind_and_before_its_place(string name, string lines) =>
        Assert.Equal(lines.Split('|'), HeaderBox.BodyNameLines(name, bold: true));

    [Theory]
    [InlineData("Ủy ban nhân dân tỉnh Lào Cai", "ỦY BAN NHÂN DÂN|TỈNH LÀO CAI")]
    [InlineData("UBND tỉnh Lào Cai", "UBND TỈNH LÀO CAI")]
    [InlineData("Ủy ban nhân dân huyện Bảo Thắng", "ỦY BAN NHÂN DÂN|HUYỆN BẢO THẮNG")]
    public void The_governing_body_in_regular_type_breaks_the_same_way(string name, string lines) =>
        Assert.Equal(lines.Split('|'), HeaderBox.BodyNameLines(name, bold: false));

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "ỦY BAN NHÂN DÂN|XÃ TÂN LẬP")]
    [InlineData("BAN AN TOÀN GIAO THÔNG TỈNH LÀO CAI", "BAN AN TOÀN GIAO THÔNG|TỈNH LÀO CAI")]
    public void A_name_typed_in_capitals_still_breaks_before_the_place(string name, string lines) =>
        Assert.Equal(lines.Split('|'), HeaderBox.BodyNameLines(name, bold: true));

    [Theory]
    [InlineData("Ủy ban nhân dân xã\nTân Lập", "ỦY BAN NHÂN DÂN XÃ|TÂN LẬP")]
    [InlineData("Sở Giáo dục\nvà Đào tạo", "SỞ GIÁO DỤC|VÀ ĐÀO TẠO")]
    public void A_line_break_in_the_name_says_where_the_plan_wants_it(string name, string lines) =>
        Assert.Equal(lines.Split('|'), HeaderBox.BodyNameLines(name, bold: true));

    [Theory]
    [InlineData("Sở Lao động - Thương binh và Xã hội tỉnh Lào Cai", "TỈNH LÀO CAI")]
    [InlineData("Sở Nông nghiệp và Phát triển nông thôn tỉnh Lào Cai", "TỈNH LÀO CAI")]
    [InlineData("Ban An toàn giao thông huyện Bảo Thắng", "HUYỆN BẢO THẮNG")]
    [InlineData("Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lập", "XÃ TÂN LẬP")]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch tỉnh Thừa Thiên Huế", "TỈNH THỪA THIÊN HUẾ")]
    public void Every_line_fits_the_box_and_the_place_keeps_a_line_of_its_own(string name, string place)
    {
        var lines = HeaderBox.BodyNameLines(name, bold: true);

        Assert.All(lines, line => Assert.True(HeaderBox.Fits(line, bold: true), line));
        Assert.Equal(place, lines[^1]);
    }
}
