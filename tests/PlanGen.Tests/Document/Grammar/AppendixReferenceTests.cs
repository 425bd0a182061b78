using CsCheck;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;

namespace PlanGen.Tests.Document.Grammar;

public sealed class AppendixReferenceTests
{
    [Theory]
    [InlineData("(Kèm theo Kế hoạch số 68/KH-UBND ngày 31/01/2024 của UBND tỉnh Lào Cai)")]
    [InlineData("(Kèm theo Kế hoạch số: 68/KH-UBND ngày 31/01/2024 của UBND tỉnh Lào Cai)")]
    [InlineData("Kèm theo Kế hoạch số 68/KH-UBND ngày 31/1/2024 của UBND tỉnh Lào Cai")]
    public void The_caption_of_the_lao_cai_appendix_reads_in_its_forms(string line) =>
        Assert.Equal(new AppendixReference(false, "Kế hoạch", new NumberLine(68, null, "KH", "UBND"), new VnDate(2024, 1, 31), "UBND tỉnh Lào Cai"),
            AppendixReference.Parse(line));

    [Fact]
    public void A_regulation_issued_with_a_decision_reads_so()
    {
        var read = AppendixReference.Parse("(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/02/2024 của Ủy ban nhân dân tỉnh)");
        Assert.True(read!.IssuedWith);
        Assert.Equal("Quyết định", read.Kind);
        Assert.Equal("QĐ", read.Number.TypeCode);
    }

    [Fact]
    public void A_drafts_caption_leaves_number_and_date_blank_and_reads_back()
    {
        var draft = new AppendixReference(false, "Kế hoạch", new NumberLine(null, null, "KH", "STTTT"), new VnDate(2020, 4, null), "Sở Thông tin và Truyền thông");
        Assert.Equal("(Kèm theo Kế hoạch số      /KH-STTTT ngày      /4/2020 của Sở Thông tin và Truyền thông)", draft.Format());
        Assert.Equal(draft, AppendixReference.Parse(draft.Format()));
    }

    [Fact]
    public void Parse_of_format_gives_the_value_back() =>
        Gen.Select(Gen.Bool, GrammarGen.DocumentKindName, Gen.Int[1, 9999].Nullable(), GrammarGen.TypeCode, GrammarGen.IssuerCode,
                GrammarGen.Date.Null(0.1), GrammarGen.Issuer.Null(0.1))
            .Select((issued, kind, number, type, code, date, issuer) => new AppendixReference(issued, kind, new NumberLine(number, null, type, code), date, issuer))
            .Sample(reference => Assert.Equal(reference, AppendixReference.Parse(reference.Format())));
}
