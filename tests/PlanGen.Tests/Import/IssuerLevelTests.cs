using PlanGen.Core.Import;
using PlanGen.Core.Model;

namespace PlanGen.Tests.Import;

/// <summary>The level and the code import gives an issuer from its name, as the header prints it.</summary>
public sealed class IssuerLevelTests
{
    [Theory]
    [InlineData("Văn phòng Chính phủ", UnitLevel.National)]
    [InlineData("Ủy ban An toàn giao thông Quốc gia", UnitLevel.National)]
    [InlineData("Bộ Giáo dục và Đào tạo", UnitLevel.National)]
    [InlineData("Ban Chỉ đạo Trung ương", UnitLevel.National)]
    [InlineData("Ủy ban nhân dân tỉnh Lào Cai", UnitLevel.Province)]
    [InlineData("Sở Giao thông vận tải", UnitLevel.Department)]
    [InlineData("Ủy ban nhân dân huyện Thanh Chương", UnitLevel.District)]
    [InlineData("Ủy ban nhân dân xã Gia Phú", UnitLevel.Commune)]
    public void A_body_name_gives_its_level(string name, UnitLevel level) =>
        Assert.Equal(level, IssuerInference.LevelOf(name));

    [Theory]
    [InlineData("Phòng Giáo dục và Đào tạo", "UBND huyện Thanh Chương", UnitLevel.District)]
    [InlineData("Văn phòng", "Ủy ban nhân dân tỉnh Lào Cai", UnitLevel.Department)]
    [InlineData("Trường THCS Mông Ân", "Phòng GD&ĐT Bảo Lâm", UnitLevel.Commune)]
    [InlineData("Ủy ban nhân dân tỉnh Lào Cai", null, UnitLevel.Province)]
    [InlineData("Ủy ban nhân dân xã Gia Phú", "UBND huyện Gia Viễn", UnitLevel.Commune)]
    public void A_body_whose_name_says_no_level_takes_it_from_the_body_above_it(string name, string? governing, UnitLevel level) =>
        Assert.Equal(level, IssuerInference.LevelOf(name, governing));

    [Theory]
    [InlineData("Ủy ban nhân dân tỉnh Lào Cai", "UBND")]
    [InlineData("Sở Giao thông vận tải tỉnh Lào Cai", "SGTVT")]
    [InlineData("Sở Giáo dục và Đào tạo", "SGDĐT")]
    [InlineData("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NGHỆ AN", "SGDĐT")]
    [InlineData("Trường THCS Mông Ân", "TTHCSMA")]
    [InlineData("TRƯỜNG: THCS MÔNG ÂN", "TTHCSMA")]
    [InlineData("Ban An toàn giao thông tỉnh", "BATGT")]
    public void A_guessed_code_is_written_in_the_letters_a_code_takes(string name, string code) =>
        Assert.Equal(code, IssuerInference.CodeOf(name));
}
