using System.Text;
using PlanGen.Core.Text;

namespace PlanGen.Tests.Vietnamese;

/// <summary>Names that a clerk writes differently but mean one body get one matching key.</summary>
public sealed class VietnameseTextKeyTests
{
    [Theory]
    [InlineData("Tỉnh uỷ Lào Cai", "Tỉnh ủy Lào Cai")]
    [InlineData("Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch")]
    [InlineData("Sở Giao thông vận tải & Xây dựng", "Sở Giao thông vận tải và Xây dựng")]
    [InlineData("UBND  huyện   Bát Xát", "ubnd huyện bát xát")]
    [InlineData("Đoàn TNCS Hồ Chí Minh – tỉnh", "Đoàn TNCS Hồ Chí Minh-tỉnh")]
    [InlineData("Công an tỉnh.", "công an tỉnh")]
    public void Spellings_of_one_name_share_a_key(string one, string other)
    {
        Assert.Equal(VietnameseText.Key(other), VietnameseText.Key(one));
    }

    [Fact]
    public void Decomposed_input_gets_the_key_of_its_composed_form()
    {
        const string name = "Ủy ban An toàn giao thông Quốc gia";

        Assert.Equal(VietnameseText.Key(name), VietnameseText.Key(name.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("Sở Tài chính", "Sở Tư pháp")]
    [InlineData("Công an tỉnh", "Công an huyện")]
    public void Different_bodies_keep_different_keys(string one, string other)
    {
        Assert.NotEqual(VietnameseText.Key(one), VietnameseText.Key(other));
    }
}
