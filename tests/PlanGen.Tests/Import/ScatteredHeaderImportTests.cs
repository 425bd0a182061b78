using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Core.Model;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// Pages that break the header and the opening in other places than a narrow box does: a blank
/// form's PDF drawn out one piece at a time ("Số:", the national title, the place, "/KH-UBND",
/// "tháng", "năm 201"), an introduction broken before the commune's name, bases printed one a
/// paragraph with the introduction after the last, a lettered heading inside a "Phần".
/// </summary>
public sealed class ScatteredHeaderImportTests
{
    private static (ImportedPlan? Plan, DiagnosticBag Bag) Import(string text) => ImportedText.Recognize(text);

    // A commune's blank form: the number and date pieces stand apart from their openings, between other boxes.
    private const string BlankForm = """
        ỦY BAN NHÂN DÂN
        XÃ BÌNH LỢI
        Số:
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập – Tự do – Hạnh phúc
        Bình Lợi, ngày
        /KH-UBND
        tháng
        năm 2016
        KẾ HOẠCH
        Phòng, chống thiên tai năm 2016
        Căn cứ Luật Phòng, chống thiên tai số 33/2013/QH11;
        Căn cứ văn bản số 3900/UBND-KTN ngày 03/8/2015 của Ủy ban nhân dân tỉnh Bến Tre về việc xây dựng kế hoạch phòng, chống thiên tai.
        Nhằm chủ động trong công tác phòng, chống thiên tai, Ủy ban nhân dân xã
        Bình Lợi xây dựng Kế hoạch phòng, chống thiên tai năm 2016 như sau:
        I. MỤC ĐÍCH YÊU CẦU
        - Nâng cao nhận thức của người dân.
        """;

    [Fact]
    public void A_blank_forms_number_and_date_drawn_out_one_piece_at_a_time_are_read_as_the_header_not_as_body_text()
    {
        var (imported, bag) = Import(BlankForm);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal("Bình Lợi", plan.Issuer.Place);
        // The code comes from the number line's symbol, not guessed from the name.
        Assert.Equal("UBND", plan.Issuer.Code);
        Assert.DoesNotContain(bag.Items, d => d.Code == DiagnosticCode.ImportUnplaced);
        Assert.DoesNotContain(plan.Parts.SelectMany(p => p.Paragraphs), t => t.Contains("KH-UBND", StringComparison.Ordinal) || t.Contains("ngày", StringComparison.Ordinal));
        Assert.Equal("Phòng, chống thiên tai năm 2016", plan.Title);
    }

    [Fact]
    public void A_line_holding_the_numbers_symbol_and_the_dates_pieces_is_warned_naming_those_two_boxes()
    {
        var (_, bag) = Import(BlankForm.Replace("/KH-UBND\ntháng\nnăm 2016", "/KH-UBND tháng năm 2016", StringComparison.Ordinal));

        var apart = Assert.Single(bag.Items, d => d.Code == DiagnosticCode.ImportReshaped && DiagnosticMessages.Format(d.Code, "en", d.Arguments).Contains("/KH-UBND", StringComparison.Ordinal));
        Assert.Contains("trên dòng này (số, ký hiệu văn bản cùng địa danh và ngày tháng)", DiagnosticMessages.Format(apart.Code, "vi", apart.Arguments), StringComparison.Ordinal);
        Assert.DoesNotContain("the header boxes)", DiagnosticMessages.Format(apart.Code, "en", apart.Arguments), StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_forms_date_pieces_on_paragraphs_of_their_own_are_read_in_order()
    {
        var (imported, bag) = Import(BlankForm.Replace("/KH-UBND\ntháng\nnăm 2016", "/KH-UBND\n\ntháng 5\n\nnăm 2016", StringComparison.Ordinal));

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal(("Bình Lợi", "UBND"), (plan.Issuer.Place, plan.Issuer.Code));
        Assert.DoesNotContain(bag.Items, d => d.Code == DiagnosticCode.ImportUnplaced);
    }

    [Fact]
    public void An_introduction_the_page_broke_between_the_communes_word_and_its_name_is_read_whole()
    {
        var (imported, _) = Import(BlankForm);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.EndsWith("Ủy ban nhân dân xã Bình Lợi xây dựng Kế hoạch phòng, chống thiên tai năm 2016 như sau:", plan.Introduction, StringComparison.Ordinal);
    }

    // A primary school's header and type line, as its portal page printed them.
    private const string SchoolHeader = """
        UBND HUYỆN NÚI THÀNH
        TRƯỜNG TH HOÀNG VĂN THỤ
        Số: 32/KH-THHVT
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Tam Sơn, ngày 25 tháng 9 năm 2023
        KẾ HOẠCH
        NĂM HỌC: 2023-2024
        """;

    [Fact]
    public void Bases_printed_one_a_paragraph_stay_so_when_the_last_holds_the_introduction()
    {
        var (imported, _) = Import(SchoolHeader + "\n" + """
            Căn cứ Quyết định số 1664/QĐ-UBND ngày 08/8/2023 của Ủy ban nhân dân tỉnh Quảng Nam về việc ban hành Kế hoạch thời gian năm học 2023-2024;
            Căn cứ Công văn số 1841/SGDĐT-GDTH ngày 15/8/2023 của Sở Giáo dục và Đào tạo về việc hướng dẫn thực hiện nhiệm vụ giáo dục tiểu học năm học 2023-2024;
            Căn cứ kết quả năm học 2022-2023 và tình hình thực tế tại đơn vị. Trường TH Hoàng Văn Thụ xây dựng kế hoạch năm học 2023-2024 như sau:
            I. MỤC TIÊU
            Nâng cao chất lượng giáo dục.
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal(BasisLayout.Paragraphs, plan.BasisLayout);
        Assert.Equal("Trường TH Hoàng Văn Thụ xây dựng kế hoạch năm học 2023-2024 như sau:", plan.Introduction);
    }

    [Fact]
    public void A_slash_lettered_heading_inside_a_named_division_stays_in_that_division()
    {
        var (imported, _) = Import(SchoolHeader + "\n" + """
            Căn cứ kết quả năm học 2022-2023, Trường TH Hoàng Văn Thụ xây dựng kế hoạch năm học 2023-2024 như sau:
            PHẦN I
            Tổng kết năm học 2022 -2023
            A/ Một số kết quả đạt được năm học 2022 -2023
            1. Chất lượng học sinh:
            Học sinh hoàn thành chương trình.
            PHẦN II
            Nhiệm vụ năm học 2023-2024
            A/ Nhiệm vụ chung
            1. Thực hiện chương trình.
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal(["Tổng kết năm học 2022 -2023", "Nhiệm vụ năm học 2023-2024"], plan.Parts.Select(p => p.Title));
    }

    [Fact]
    public void Divisions_lettered_with_a_slash_are_the_parts_of_a_document_without_Phan()
    {
        var (imported, _) = Import("""
            ỦY BAN NHÂN DÂN
            XÃ BÌNH LỢI
            Số: 12/KH-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Bình Lợi, ngày 5 tháng 3 năm 2016
            KẾ HOẠCH
            Phòng, chống thiên tai năm 2016
            Căn cứ Luật Phòng, chống thiên tai số 33/2013/QH11, Ủy ban nhân dân xã xây dựng kế hoạch như sau:
            A/ MỤC ĐÍCH, YÊU CẦU
            - Nâng cao nhận thức của người dân.
            B/ NHIỆM VỤ
            - Tuyên truyền.
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal(PartNumbering.Letters, plan.PartNumbering);
        Assert.Equal(2, plan.Parts.Count);
    }
}
