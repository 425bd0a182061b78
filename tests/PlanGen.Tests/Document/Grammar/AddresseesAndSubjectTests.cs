using CsCheck;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Tests.Document.Grammar;

public sealed class AddresseesAndSubjectTests
{
    [Fact]
    public void One_addressee_is_on_the_line_several_follow_it_with_dashes()
    {
        Assert.Equal("Kính gửi: Ủy ban nhân dân tỉnh", new Addressees(new(["Ủy ban nhân dân tỉnh"])).Format());
        Assert.Equal("Kính gửi:\n- Sở Tài chính;\n- Sở Giao thông vận tải.", new Addressees(new(["Sở Tài chính", "Sở Giao thông vận tải"])).Format());
    }

    [Theory]
    [InlineData("Kính gửi: Sở Tài chính.")]
    [InlineData("Kính gửi Sở Tài chính")]
    [InlineData("KÍNH GỬI: Sở Tài chính")]
    public void A_single_addressee_reads_in_its_forms(string text) => Assert.Equal(["Sở Tài chính"], Addressees.Parse(text)?.Names);

    [Theory]
    [InlineData("V/v triển khai Kế hoạch bảo đảm an toàn giao thông năm 2024")]
    [InlineData("V/V triển khai Kế hoạch bảo đảm an toàn giao thông năm 2024")]
    [InlineData("Về việc triển khai Kế hoạch bảo đảm\nan toàn giao thông năm 2024")]
    public void A_letters_subject_reads_over_one_or_more_lines(string text) =>
        Assert.Equal("triển khai Kế hoạch bảo đảm an toàn giao thông năm 2024", SubjectLine.Parse(text)?.Subject);

    [Fact]
    public void A_line_that_is_not_a_letters_subject_reads_as_none() => Assert.Null(SubjectLine.Parse("Vì vậy, đề nghị"));

    [Fact]
    public void Parse_of_format_gives_the_value_back()
    {
        GrammarGen.Recipient.Where(name => !name.StartsWith("Như", StringComparison.Ordinal)).Array[1, 4]
            .Select(names => new Addressees(new(names)))
            .Sample(addressees => Assert.Equal(addressees, Addressees.Parse(addressees.Format())));
        GrammarGen.Subject.Select(subject => new SubjectLine(subject))
            .Sample(line => Assert.Equal(line, SubjectLine.Parse(line.Format())));
    }
}
