using CsCheck;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;

namespace PlanGen.Tests.Document.Grammar;

public sealed class CitationPhraseTests
{
    [Fact]
    public void The_parent_of_the_lao_cai_plan_reads_into_its_parts()
    {
        var citation = CitationPhrase.Parse("Kế hoạch số 689/KH-UBATGTQG ngày 19/12/2023 của Ủy ban An toàn giao thông Quốc gia về bảo đảm trật tự, an toàn giao thông năm 2024");
        Assert.Equal(new CitationPhrase("Kế hoạch", "689/KH-UBATGTQG", new VnDate(2023, 12, 19), "Ủy ban An toàn giao thông Quốc gia",
            "bảo đảm trật tự, an toàn giao thông năm 2024"), citation);
    }

    [Fact]
    public void A_citation_in_lower_case_without_an_issuer_reads_as_the_seed_writes_it() =>
        Assert.Equal(new CitationPhrase("Kế hoạch", "83/KH-UBND", new VnDate(2020, 4, 1), null, "phát động phong trào thi đua"),
            CitationPhrase.Parse("kế hoạch số 83/KH-UBND ngày 01/4/2020 về phát động phong trào thi đua"));

    [Fact]
    public void The_issuer_of_a_citation_ends_before_the_V_v_that_opens_its_subject()
    {
        var citation = CitationPhrase.Parse("Công văn số 176/PGDĐT-TH ngày 05/9/2023 của Phòng GDĐT Núi Thành V/v Hướng dẫn thực hiện nhiệm vụ giáo dục cấp tiểu học năm học 2023-2024");
        Assert.Equal("Phòng GDĐT Núi Thành", citation!.Issuer);
        Assert.Equal("Hướng dẫn thực hiện nhiệm vụ giáo dục cấp tiểu học năm học 2023-2024", citation.Subject);
        // "về Hướng dẫn …" is not what the text says: it is kept as printed.
        Assert.True(citation.AsPrinted);
    }

    [Fact]
    public void A_number_printed_without_its_hyphen_is_read_with_its_symbol()
    {
        var citation = CitationPhrase.Parse("Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh về việc Tổ chức đại hội đoàn các cấp");
        Assert.Equal(("298 KH/TWĐTN", new VnDate(2011, 7, 14), "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"), (citation!.Number, citation.Date, citation.Issuer));
    }

    [Fact]
    public void A_kinds_name_in_small_letters_that_cites_nothing_goes_on_with_the_citation_before_it()
    {
        var pieces = CitationPhrase.Split("Nghị định 66/2014/NĐ-CP ngày 4/7/2014 của Chính phủ Quy định chi tiết, hướng dẫn thi hành một số điều của Luật Phòng, chống thiên tai;");
        Assert.Single(pieces);
        Assert.Equal(2, CitationPhrase.Split("Luật Giao thông đường bộ, kế hoạch số 83/KH-UBND ngày 01/4/2020").Count);
    }

    [Fact]
    public void A_number_without_a_symbol_after_it_keeps_only_its_figures() =>
        Assert.Equal("12", CitationPhrase.Parse("Kế hoạch số 12 ngày 14/7/2011 của UBND TỈNH")!.Number);

    [Fact]
    public void A_date_glued_to_ngay_is_not_read_as_the_numbers_symbol() =>
        Assert.DoesNotContain("ngày", CitationPhrase.Parse("Công văn số 3428/BGDĐT-GDTX ngày22/5/2013 của Bộ Giáo dục và Đào tạo")?.Number ?? "", StringComparison.Ordinal);

    [Theory]
    [InlineData("Luật Giao thông đường bộ")]
    [InlineData("chỉ đạo của Tỉnh ủy")]
    public void A_text_that_names_no_numbered_document_reads_as_none(string text) => Assert.Null(CitationPhrase.Parse(text));

    [Fact]
    public void A_basis_that_cites_several_documents_in_one_sentence_splits_at_each_kind()
    {
        var pieces = CitationPhrase.Split(
            "Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư Trung ương Đảng, Nghị quyết số 149/NQ-CP ngày 21/9/2023 của Chính phủ, "
            + "Chỉ thị số 10/CT-TTg ngày 19/4/2023 của Thủ tướng Chính phủ về tăng cường bảo đảm trật tự, an toàn giao thông và Kế hoạch số "
            + "689/KH-UBATGTQG ngày 19/12/2023 của Ủy ban An toàn giao thông Quốc gia;");
        Assert.Equal(4, pieces.Count);
        Assert.Equal(["Chỉ thị", "Nghị quyết", "Chỉ thị", "Kế hoạch"], pieces.Select(p => CitationPhrase.Parse(p)!.Kind));
        Assert.Equal("Chính phủ", CitationPhrase.Parse(pieces[1])!.Issuer);
        Assert.Equal("tăng cường bảo đảm trật tự, an toàn giao thông", CitationPhrase.Parse(pieces[2])!.Subject);
        Assert.Equal("Ủy ban An toàn giao thông Quốc gia", CitationPhrase.Parse(pieces[3])!.Issuer);
    }

    [Fact]
    public void Parse_of_format_gives_the_value_back() =>
        Gen.Select(GrammarGen.DocumentKindName, GrammarGen.CitedNumber, GrammarGen.Date.Null(0.2), GrammarGen.Issuer.Null(0.2), GrammarGen.Subject.Null(0.3))
            .Select((kind, number, date, issuer, subject) => new CitationPhrase(kind, number, date, issuer, subject))
            .Sample(citation =>
            {
                Assert.Equal(citation, CitationPhrase.Parse(citation.Format()));
                Assert.Equal([citation.Format()], CitationPhrase.Split(citation.Format()));
            });
}
