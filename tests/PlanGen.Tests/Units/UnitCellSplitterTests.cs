using PlanGen.Core.Yaml;

namespace PlanGen.Tests.Units;

public sealed class UnitCellSplitterTests
{
    [Theory]
    [InlineData("Công an tỉnh/ Sở GTVT/Bộ Chỉ huy bộ đội biên phòng", new[] { "Công an tỉnh", "Sở GTVT", "Bộ Chỉ huy bộ đội biên phòng" })]
    [InlineData("Công an tỉnh, Sở Y tế, Sở Giao thông vận tải", new[] { "Công an tỉnh", "Sở Y tế", "Sở Giao thông vận tải" })]
    [InlineData("Các sở, ban, ngành thành viên Ban ATGT tỉnh; UBND các huyện, thị xã, thành phố", new[] { "Các sở, ban, ngành thành viên Ban ATGT tỉnh", "UBND các huyện, thị xã, thành phố" })]
    [InlineData("Sở Giao thông vận tải, Sở Giáo dục và ĐT, các đơn vị quản lý đường bộ", new[] { "Sở Giao thông vận tải", "Sở Giáo dục và ĐT", "các đơn vị quản lý đường bộ" })]
    [InlineData("Ban ATGT tỉnh (tham mưu thành lập đoàn kiểm tra liên ngành)", new[] { "Ban ATGT tỉnh (tham mưu thành lập đoàn kiểm tra liên ngành)" })]
    [InlineData("Ban ATGT tỉnh/Công an tỉnh/ sở GTVT", new[] { "Ban ATGT tỉnh", "Công an tỉnh", "sở GTVT" })]
    public void A_cell_is_split_into_the_units_it_names(string cell, string[] expected) =>
        Assert.Equal(expected, UnitCellSplitter.Split(cell));

    [Theory]
    [InlineData("Các sở, ban, ngành", true)]
    [InlineData("UBND các huyện, thị xã, thành phố", true)]
    [InlineData("Ban ATGT cấp huyện", true)]
    [InlineData("Sở, ban, ngành liên quan", true)]
    [InlineData("(ít nhất 01 buổi/1 học kỳ)", true)]
    [InlineData("Sở Giáo dục và Đào tạo", false)]
    [InlineData("Công an tỉnh", false)]
    public void Collective_names_are_told_from_single_units(string name, bool collective) =>
        Assert.Equal(collective, UnitCellSplitter.IsCollective(name));
}
