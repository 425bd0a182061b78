using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;

namespace PlanGen.Tests.Format;

/// <summary>
/// What the format lets a plan say beyond the fixed keys: the parts in the document's order,
/// clauses of a kind and sub-clauses, the parent cited among the bases, Vietnamese words for the
/// enumerations.
/// </summary>
public sealed class PlanLoaderTests
{
    [Theory]
    [InlineData("xã", UnitLevel.Commune)]
    [InlineData("Phường", UnitLevel.Commune)]
    [InlineData("huyện", UnitLevel.District)]
    [InlineData("sở", UnitLevel.Department)]
    [InlineData("tỉnh", UnitLevel.Province)]
    [InlineData("trung ương", UnitLevel.National)]
    [InlineData("central", UnitLevel.National)]
    [InlineData("national", UnitLevel.National)]
    public void A_level_is_read_in_English_or_in_Vietnamese(string word, UnitLevel level) =>
        Assert.Equal(level, Read(Issuer(word)).Issuer.Level);

    [Fact]
    public void An_unknown_level_lists_the_choices_in_the_readers_language()
    {
        var bag = new DiagnosticBag();
        PlanLoader.ReadText(Issuer("thôn"), "plan.yaml", bag);

        var error = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCode.InvalidChoice, error.Code);
        Assert.Equal("Dùng một trong các giá trị: trung ương (national), tỉnh (province), sở (department), huyện (district), xã (commune).", error.Hint("vi"));
        Assert.Equal("Use one of: national, province, department, district, commune.", error.Hint("en"));
    }

    [Fact]
    public void Authorities_and_layouts_are_read_in_Vietnamese_too()
    {
        var plan = Read(Issuer("xã") + "basis_layout: từng đoạn\nheading_case: như đã viết\nsignature:\n  authority: [thay mặt, ký thay]\n  body: Ủy ban nhân dân\n  head: Chủ tịch\n  office: Phó Chủ tịch\n");

        Assert.Equal([SigningAuthority.TM, SigningAuthority.KT], plan.Signature!.Authorities);
        Assert.Equal(BasisLayout.Paragraphs, plan.BasisLayout);
        Assert.Equal(HeadingCase.AsWritten, plan.HeadingCase);
    }

    [Fact]
    public void Parts_keep_the_documents_order_and_a_clause_of_a_kind_is_that_part_of_the_plan()
    {
        var plan = Read(Issuer("xã") + """
            parts:
              - title: Mục đích, yêu cầu
                items:
                  - kind: purpose
                    text: Nâng cao ý thức.
                  - kind: yêu cầu
                    text: Triển khai đồng bộ.
              - title: Tiêu chí cơ bản
                text: Không để xảy ra tai nạn nghiêm trọng.
              - kind: content
                items:
                  - title: Tuyên truyền
                    clauses:
                      - title: Trong trường học
                        clauses: [Ngoại khóa cho học sinh.]
            """);

        Assert.True(plan.PartsInOrder);
        Assert.Equal(["Mục đích, yêu cầu", "Tiêu chí cơ bản", null], plan.Parts.Select(p => p.Title));
        Assert.Equal("Nâng cao ý thức.", plan.Purpose!.Paragraphs.Single());
        Assert.Equal("Triển khai đồng bộ.", plan.Requirements!.Paragraphs.Single());
        Assert.Equal("Ngoại khóa cho học sinh.", plan.Content!.Items[0].Clauses[0].Clauses[0].Paragraphs.Single());
        Assert.Equal(["Mục đích, yêu cầu", "Tiêu chí cơ bản"], plan.Extra.Select(p => p.Title));
    }

    [Fact]
    public void A_parent_cited_among_the_bases_keeps_its_place()
    {
        var plan = Read(Issuer("xã") + """
            basis:
              - Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư
              - parent: ../huyen/ke-hoach.yaml
              - Nghị quyết của Đảng ủy xã
            """);

        Assert.Equal("../huyen/ke-hoach.yaml", plan.Parent!.Path);
        Assert.Equal(1, plan.ParentInBasis);
        Assert.Equal(2, plan.Basis.Count);
    }

    [Fact]
    public void A_parent_written_twice_is_an_error_at_the_second()
    {
        var bag = new DiagnosticBag();
        PlanLoader.ReadText(Issuer("xã") + "parent: ../a.yaml\nbasis:\n  - parent: ../b.yaml\n", "plan.yaml", bag);

        var error = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCode.DuplicateKey, error.Code);
        Assert.Equal(["parent", "7"], error.Arguments);
    }

    private static string Issuer(string level) => $"""
        issuer:
          name: Ủy ban nhân dân xã Tân Lập
          code: UBND
          place: Tân Lập
          level: {level}
        title: Bảo đảm trật tự an toàn giao thông năm 2024

        """;

    private static Plan Read(string yaml)
    {
        var bag = new DiagnosticBag();
        var plan = PlanLoader.ReadText(yaml, "plan.yaml", bag);
        Assert.Empty(bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en")));
        return plan!;
    }
}
