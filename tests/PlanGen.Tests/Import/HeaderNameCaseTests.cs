using PlanGen.Core.Import;

namespace PlanGen.Tests.Import;

/// <summary>A body's name printed in capitals is written back as the text writes it: its kind in lower case, its proper names with capitals.</summary>
public sealed class HeaderNameCaseTests
{
    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Ủy ban nhân dân tỉnh Lào Cai")]
    [InlineData("SỞ GIAO THÔNG VẬN TẢI", "Sở Giao thông vận tải")]
    [InlineData("PHÒNG GD&ĐT BẢO LÂM", "Phòng GD&ĐT Bảo Lâm")]
    [InlineData("TRƯỜNG THCS MÔNG ÂN", "Trường THCS Mông Ân")]
    [InlineData("BAN ATGT TỈNH NGHỆ AN", "Ban ATGT tỉnh Nghệ An")]
    [InlineData("PHÓ CHỦ TỊCH", "Phó Chủ tịch")]
    [InlineData("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Phòng Giáo dục và Đào tạo")]
    [InlineData("ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI", "Ủy ban MTTQ Việt Nam tỉnh Lào Cai")]
    [InlineData("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh")]
    public void A_name_in_capitals_is_written_as_the_text_writes_it(string printed, string written) =>
        Assert.Equal(written, VietnameseCase.Sentence(printed));
}
