using CsCheck;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Tests.Document.Grammar;

public sealed class NumberLineTests
{
    [Theory]
    [InlineData("Số: 68/KH-UBND", 68, null, "KH", "UBND")]
    [InlineData("Số: 05/KH-STTTT", 5, null, "KH", "STTTT")]
    [InlineData("Số: 689/KH-UBATGTQG", 689, null, "KH", "UBATGTQG")]
    [InlineData("Số: 30/2018/QĐ-UBND", 30, 2018, "QĐ", "UBND")]
    [InlineData("Số: 11/CTr-BCA-BGDĐT", 11, null, "CTr", "BCA-BGDĐT")]
    [InlineData("Số: 15/KH-SNgV", 15, null, "KH", "SNgV")]
    [InlineData("Số: 123/UBND-VP", 123, null, null, "UBND-VP")]
    [InlineData("Số:      /KH-UBND", null, null, "KH", "UBND")]
    [InlineData("Số: /KH-STTTT", null, null, "KH", "STTTT")]
    public void The_decree_form_reads_with_no_deviation(string line, int? number, int? year, string? type, string issuer)
    {
        var parsed = NumberLine.Parse(line);
        Assert.NotNull(parsed);
        Assert.Equal(new NumberLine(number, year, type, issuer), parsed.Value);
        Assert.Equal(NumberLineDeviations.None, parsed.Deviations);
    }

    [Theory]
    [InlineData("Số 68/KH-UBND", NumberLineDeviations.Colon)]
    [InlineData("Số 68 /KH-UBND", NumberLineDeviations.Colon | NumberLineDeviations.Spaces)]
    [InlineData("Số:68/KH-UBND", NumberLineDeviations.Prefix)]
    [InlineData("Số:   68/KH-UBND", NumberLineDeviations.Prefix)]
    [InlineData("Số: 68/KH – UBND", NumberLineDeviations.Spaces | NumberLineDeviations.Dash)]
    [InlineData("Số: 68/KH–UBND", NumberLineDeviations.Dash)]
    [InlineData("Số: 68 / KH-UBND", NumberLineDeviations.Spaces)]
    [InlineData("Sô: 68/KH-UBND", NumberLineDeviations.Word)]
    [InlineData("Số: 5/KH-UBND", NumberLineDeviations.Zero)]
    [InlineData("Số: 15/KH-BCĐ(ATGT)", NumberLineDeviations.Form)]
    public void Tolerated_forms_read_the_same_value_and_say_what_departs(string line, NumberLineDeviations expected)
    {
        var parsed = NumberLine.Parse(line);
        Assert.NotNull(parsed);
        Assert.Equal(expected, parsed.Deviations);
        Assert.Equal(expected.HasFlag(NumberLineDeviations.Zero) ? 5 : expected.HasFlag(NumberLineDeviations.Form) ? 15 : 68, parsed.Value.Number);
        Assert.Equal("KH", parsed.Value.TypeCode);
    }

    [Theory]
    [InlineData("Số: 225 - KH/TWĐTN-CTTN", 225, "KH", "TWĐTN-CTTN")]
    [InlineData("Số 93-KH/TU", 93, "KH", "TU")]
    [InlineData("Số: 298 KH/TWĐTN", 298, "KH", "TWĐTN")]
    public void The_Party_form_reads_number_type_and_body_and_is_not_the_decree_form(string line, int number, string type, string issuer)
    {
        var parsed = NumberLine.Parse(line);
        Assert.NotNull(parsed);
        Assert.Equal(new NumberLine(number, null, type, issuer), parsed.Value);
        Assert.Equal(NumberLineDeviations.Form, parsed.Deviations);
    }

    [Theory]
    [InlineData("Số 93-XYZ/TU")]
    [InlineData("Số: 12 học sinh/lớp")]
    [InlineData("Số lượng: 5 đơn vị")]
    [InlineData("Sở Giáo dục và Đào tạo")]
    [InlineData("Số: 68")]
    [InlineData("")]
    public void A_line_that_is_no_number_line_reads_as_none(string line) => Assert.Null(NumberLine.Parse(line));

    [Fact]
    public void A_draft_leaves_room_for_the_number() =>
        Assert.Equal("Số:      /KH-UBND", new NumberLine(null, null, "KH", "UBND").Format());

    [Fact]
    public void A_number_under_ten_takes_a_leading_zero() =>
        Assert.Equal("05/KH-UBND", new NumberLine(5, null, "KH", "UBND").Reference);

    [Fact]
    public void A_reference_reads_alone_as_citations_and_captions_write_it()
    {
        Assert.Equal(new NumberLine(68, null, "KH", "UBND"), NumberLine.ParseReference("68/KH-UBND"));
        Assert.Equal(new NumberLine(null, null, "KH", "UBND"), NumberLine.ParseReference("     /KH-UBND"));
        Assert.Null(NumberLine.ParseReference("23-CT/TW"));
    }

    [Fact]
    public void Parse_of_format_gives_the_value_back() =>
        Gen.Select(Gen.Int[1, 99999].Nullable(), Gen.Int[1990, 2035].Nullable(0.8), GrammarGen.TypeCode.Null(0.1), GrammarGen.IssuerCode)
            .Select((number, year, type, issuer) => new NumberLine(number, year, type, issuer))
            .Sample(line =>
            {
                var parsed = NumberLine.Parse(line.Format());
                Assert.Equal(line, parsed?.Value);
                Assert.Equal(NumberLineDeviations.None, parsed!.Deviations);
                Assert.Equal(line, NumberLine.ParseReference(line.Reference));
            });
}
