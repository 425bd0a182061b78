using CsCheck;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;

namespace PlanGen.Tests.Document.Grammar;

public sealed class SigningBlockTests
{
    [Theory]
    [InlineData("TM. ỦY BAN NHÂN DÂN", SigningAuthority.TM, "ỦY BAN NHÂN DÂN")]
    [InlineData("KT. CHỦ TỊCH", SigningAuthority.KT, "CHỦ TỊCH")]
    [InlineData("KT.GIÁM ĐỐC", SigningAuthority.KT, "GIÁM ĐỐC")]
    [InlineData("TL. BỘ TRƯỞNG", SigningAuthority.TL, "BỘ TRƯỞNG")]
    [InlineData("TUQ. CHỦ TỊCH", SigningAuthority.TUQ, "CHỦ TỊCH")]
    [InlineData("Q. GIÁM ĐỐC", SigningAuthority.Q, "GIÁM ĐỐC")]
    public void A_prefixed_line_reads_into_its_authority(string line, SigningAuthority authority, string title) =>
        Assert.Equal(new AuthorityLine(authority, title), AuthorityLine.Parse(line));

    [Theory]
    [InlineData("PHÓ CHỦ TỊCH")]
    [InlineData("Kính gửi: Sở Tài chính")]
    public void A_line_without_a_prefix_reads_as_none(string line) => Assert.Null(AuthorityLine.Parse(line));

    [Fact]
    public void The_lao_cai_block_prints_on_behalf_of_the_committee_for_the_chairman()
    {
        var block = new SigningBlock(new([SigningAuthority.TM, SigningAuthority.KT]), "Ủy ban nhân dân", "Chủ tịch", "Phó Chủ tịch");
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], block.Format());
    }

    [Fact]
    public void An_acting_head_signs_with_the_office_alone() =>
        Assert.Equal(["Q. GIÁM ĐỐC"], new SigningBlock(new([SigningAuthority.Q]), null, null, "Giám đốc").Format());

    private static readonly Gen<SigningBlock> Block = Gen.OneOf<SigningBlock>(
        GrammarGen.Office.Select(office => new SigningBlock(new([]), null, null, office)),
        Gen.Select(GrammarGen.Body, GrammarGen.Office.Null(0.3), (body, office) => new SigningBlock(new([SigningAuthority.TM]), body, null, office)),
        Gen.Select(Gen.OneOf(SigningAuthority.KT, SigningAuthority.TL, SigningAuthority.TUQ), GrammarGen.Head, GrammarGen.Office,
            (authority, head, office) => new SigningBlock(new([authority]), null, head, office)),
        Gen.Select(GrammarGen.Body, GrammarGen.Head, GrammarGen.Office, (body, head, office) => new SigningBlock(new([SigningAuthority.TM, SigningAuthority.KT]), body, head, office)),
        GrammarGen.Office.Select(office => new SigningBlock(new([SigningAuthority.Q]), null, null, office)),
        Gen.Select(GrammarGen.Body, GrammarGen.Office, (body, office) => new SigningBlock(new([SigningAuthority.TM, SigningAuthority.Q]), body, null, office)));

    [Fact]
    public void Parse_of_format_gives_the_value_back() =>
        Block.Sample(block =>
        {
            var lines = block.Format().Select(line => AuthorityLine.Parse(line) ?? new AuthorityLine(null, line));
            Assert.Equal(block, SigningBlock.Parse(lines));
        });
}
