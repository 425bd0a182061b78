using CsCheck;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Text;

namespace PlanGen.Tests.Document.Grammar;

public sealed class NumberingLabelTests
{
    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(40, "XL")]
    [InlineData(1999, "MCMXCIX")]
    public void Roman_numerals_use_subtractive_forms(int number, string roman)
    {
        Assert.Equal(roman, RomanNumeral.Format(number));
        Assert.Equal(number, RomanNumeral.Parse(roman));
    }

    [Theory]
    [InlineData("IIII")]
    [InlineData("IC")]
    [InlineData("xiv")]
    [InlineData("UBND")]
    [InlineData("")]
    public void Only_the_usual_form_of_a_numeral_reads_as_one(string text) => Assert.Null(RomanNumeral.Parse(text));

    [Fact]
    public void Points_follow_the_vietnamese_alphabet_with_dd_and_without_f_j_w_z()
    {
        Assert.Equal("a b c d đ e g h i k l m n o p q r s t u v x y", string.Join(' ', Enumerable.Range(1, 23).Select(PointLetter.Format)));
        Assert.Equal("aa", PointLetter.Format(24));
        Assert.Equal(5, PointLetter.Parse("đ"));
        Assert.Null(PointLetter.Parse("f"));
        Assert.Null(PointLetter.Parse("ab"));
    }

    [Fact]
    public void Numbers_below_one_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumeral.Format(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PointLetter.Format(0));
    }

    [Theory]
    [InlineData("I. MỤC ĐÍCH, YÊU CẦU", LabelKind.Part, "1", ".", "MỤC ĐÍCH, YÊU CẦU")]
    [InlineData("IV.TỔ CHỨC THỰC HIỆN", LabelKind.Part, "4", ".", "TỔ CHỨC THỰC HIỆN")]
    [InlineData("II- NHIỆM VỤ", LabelKind.Part, "2", "-", "NHIỆM VỤ")]
    [InlineData("1. Mục đích: nâng cao nhận thức", LabelKind.Clause, "1", ".", "Mục đích: nâng cao nhận thức")]
    [InlineData("2) Yêu cầu", LabelKind.Clause, "2", ")", "Yêu cầu")]
    [InlineData("1.1. Công tác tuyên truyền", LabelKind.Clause, "1.1", ".", "Công tác tuyên truyền")]
    [InlineData("7.2 Kiểm tra", LabelKind.Clause, "7.2", "", "Kiểm tra")]
    [InlineData("1.1.1. Tuyên truyền", LabelKind.Clause, "1.1.1", ".", "Tuyên truyền")]
    [InlineData("a) Tiếp tục tổ chức", LabelKind.Point, "1", ")", "Tiếp tục tổ chức")]
    [InlineData("đ) Công tác khác", LabelKind.Point, "5", ")", "Công tác khác")]
    [InlineData("b. Tăng cường", LabelKind.Point, "2", ".", "Tăng cường")]
    [InlineData("- Phân công thực hiện:", LabelKind.Dash, "", "", "Phân công thực hiện:")]
    [InlineData("– Công an tỉnh", LabelKind.Dash, "", "", "Công an tỉnh")]
    [InlineData("+ Sở Tài chính;", LabelKind.Plus, "", "", "Sở Tài chính;")]
    public void A_lines_label_reads_into_kind_path_and_text(string line, LabelKind kind, string path, string mark, string text)
    {
        var read = NumberingLabel.Parse(line);
        Assert.NotNull(read);
        Assert.Equal(kind, read.Label.Kind);
        Assert.Equal(path, string.Join('.', read.Label.Path));
        Assert.Equal(mark, read.Label.Mark);
        Assert.Equal(text, read.Text);
    }

    [Theory]
    [InlineData("1.000 người tham gia")]
    [InlineData("2024 là năm an toàn giao thông")]
    [InlineData("e-learning")]
    [InlineData("-5 độ")]
    [InlineData("CỘNG HÒA XÃ HỘI")]
    [InlineData("V/v triển khai")]
    [InlineData("Thực hiện Kế hoạch")]
    [InlineData("f) không có trong bảng chữ cái")]
    public void A_line_that_starts_with_no_label_reads_as_none(string line) => Assert.Null(NumberingLabel.Parse(line));

    [Theory]
    [InlineData("II", LabelKind.Part, "2")]
    [InlineData("7", LabelKind.Clause, "7")]
    [InlineData("7.1", LabelKind.Clause, "7.1")]
    [InlineData("3.", LabelKind.Clause, "3")]
    public void An_appendix_number_cell_reads_alone(string cell, LabelKind kind, string path)
    {
        var label = NumberingLabel.ParseAlone(cell);
        Assert.Equal(kind, label?.Kind);
        Assert.Equal(path, string.Join('.', label!.Path));
    }

    [Fact]
    public void The_decree_forms_are_told_apart_from_the_tolerated_ones()
    {
        Assert.True(NumberingLabel.Parse("I. X")!.Label.IsDecreeForm);
        Assert.True(NumberingLabel.Parse("7.1 X")!.Label.IsDecreeForm);
        Assert.False(NumberingLabel.Parse("1) X")!.Label.IsDecreeForm);
        Assert.False(NumberingLabel.Parse("a. X")!.Label.IsDecreeForm);
    }

    private static readonly Gen<NumberingLabel> Label = Gen.OneOf<NumberingLabel>(
        Gen.Select(Gen.Int[1, 3999], Gen.OneOf(".", "-", ")"), (n, mark) => new NumberingLabel(LabelKind.Part, new([n]), mark)),
        Gen.Select(Gen.Int[1, 999], Gen.OneOf(".", ")"), (n, mark) => new NumberingLabel(LabelKind.Clause, new([n]), mark)),
        Gen.Select(Gen.Int[1, 999].Array[2, 4], Gen.OneOf(".", ""), (path, mark) => new NumberingLabel(LabelKind.Clause, new(path), mark)),
        Gen.Select(Gen.Int[1, 150], Gen.OneOf(")", "."), (n, mark) => new NumberingLabel(LabelKind.Point, new([n]), mark)),
        Gen.OneOf(NumberingLabel.Dash, NumberingLabel.Plus));

    [Fact]
    public void Parse_of_format_gives_the_value_back() =>
        Gen.Select(Label, Gen.OneOf("Công tác tuyên truyền", "MỤC ĐÍCH, YÊU CẦU", "Ủy ban nhân dân tỉnh chủ trì", ""))
            .Sample((label, text) =>
            {
                var read = NumberingLabel.Parse((label.Format() + " " + text).TrimEnd());
                Assert.Equal(label, read?.Label);
                Assert.Equal(text, read!.Text);
            });

    [Fact]
    public void Roman_numerals_and_letters_read_back_what_they_print()
    {
        Gen.Int[1, 3999].Sample(n => Assert.Equal(n, RomanNumeral.Parse(RomanNumeral.Format(n))));
        Gen.Int[1, 200].Sample(n => Assert.Equal(n, PointLetter.Parse(PointLetter.Format(n))));
    }
}
