using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Core.Yaml;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// Headers of offices the import was not shown first: a school's year plan under its post title, a
/// number the page broke before its code, a page that lost the type line above the subject, the
/// Youth Union's header with its number in the Party's form beside the date.
/// </summary>
public sealed class OtherOfficesHeaderImportTests
{
    private static (ImportedPlan? Plan, DiagnosticBag Bag) Import(string text) => ImportedText.Recognize(text);

    private static string Upper(string? text) => PlanGen.Core.Text.VietnameseCasing.Upper(text ?? "");

    [Fact]
    public void A_post_title_starting_with_the_type_above_the_header_is_left_out_and_the_header_under_it_is_read()
    {
        var (imported, bag) = Import("""
            KẾ HOẠCH NĂM HỌC 2023-2024

            UBND HUYỆN NÚI THÀNH

            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

            TRƯỜNG TH HOÀNG VĂN THỤ

            Độc lập - Tự do - Hạnh phúc

            Số:  32  /KH-THHVT

            Tam Sơn,  ngày  25 tháng 9 năm 2023

            KẾ HOẠCH
            NĂM HỌC: 2023-2024

            Căn cứ Công văn số 176/PGDĐT-TH ngày 05/9/2023 của Phòng GDĐT Núi Thành V/v Hướng dẫn thực hiện nhiệm vụ giáo dục cấp tiểu học năm học 2023-2024;
            Trường TH Hoàng Văn Thụ xây dựng kế hoạch năm học 2023-2024 như sau:
            I. MỤC TIÊU
            Nâng cao chất lượng giáo dục.
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal("TRƯỜNG TH HOÀNG VĂN THỤ", Upper(plan.Issuer.Name));
        Assert.Equal("UBND HUYỆN NÚI THÀNH", Upper(plan.Issuer.GoverningBody));
        Assert.Equal(32, plan.Number?.Value);
        Assert.Equal("2023-09-25", plan.Date?.ToIsoText());
        Assert.Equal("NĂM HỌC: 2023-2024", plan.Title);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ImportReshaped && d.Span.StartLine == 0);
    }

    [Fact]
    public void A_number_broken_before_its_code_is_read_whole_and_the_place_beside_it_keeps_no_table_mark()
    {
        var (imported, _) = Import("""
            ỦY BAN NHÂN
            DÂN
            TỈNH NINH THUẬN
            --------
            |
            CỘNG HÒA XÃ HỘI
            CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            ---------------
            |
            Số: 5872
            /KH-UBND
            |
            Ninh Thuận,
            ngày 12 tháng 12 năm 2012
            |
            KẾ HOẠCH
            TRIỂN KHAI THỰC HIỆN
            CHIẾN LƯỢC PHÁT TRIỂN GIÁO DỤC GIAI ĐOẠN 2011-2020 TRÊN ĐỊA BÀN TỈNH NINH THUẬN
            Thực hiện Quyết định số 711/QĐ-TTg ngày 13/6/2012 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
            I. MỤC TIÊU
            Nâng cao chất lượng giáo dục.
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal(5872, plan.Number?.Value);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH NINH THUẬN", Upper(plan.Issuer.Name));
        Assert.Equal("Ninh Thuận", plan.Issuer.Place);
        Assert.Equal("2012-12-12", plan.Date?.ToIsoText());
    }

    [Fact]
    public void A_page_that_lost_the_type_line_gives_the_subject_in_capitals_under_the_header_as_the_title_and_warns()
    {
        var (imported, bag) = Import("""
            ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 2254/KH-UBND | Quảng Bình, ngày 29 tháng 11 năm 2017 |
            PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM NĂM 2018
            Căn cứ kết quả phân tích dịch tể các bệnh truyền nhiễm trên địa bàn tỉnh, Ủy ban nhân dân tỉnh Quảng Bình xây dựng Kế hoạch như sau:
            I. MỤC TIÊU
            Giảm tỷ lệ mắc và tử vong do các bệnh truyền nhiễm.
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal("PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM NĂM 2018", plan.Title);
        Assert.Equal(2254, plan.Number?.Value);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ImportReshaped && d.Span.StartLine == 2);
        Assert.DoesNotContain(bag.Items, d => d.Code == DiagnosticCode.ImportGuessed && d.Arguments.Contains("title"));
    }

    [Fact]
    public void The_Youth_Union_header_reads_its_body_and_its_number_in_the_Party_form_beside_the_date()
    {
        var (imported, _) = Import("""
            BAN CHẤP HÀNH TRUNG ƯƠNG                                                                           ĐOÀN TNCS HỒ CHÍ MINH

            ***

               Số: 225 - KH/TWĐTN-CTTN                                                                                      Hà Nội, ngày 16 tháng 5 năm 2024

            KẾ HOẠCH
            Tổ chức các
            hoạt động hè dành cho thiếu nhi năm 2024

            Thực hiện chương trình công tác Đoàn năm 2024, Ban Bí thư Trung ương Đoàn ban hành Kế hoạch tổ chức các hoạt động Hè dành cho thiếu nhi năm 2024, cụ thể như sau:

            I. MỤC ĐÍCH, YÊU CẦU

            1. Hưởng ứng Tháng hành động vì trẻ em năm 2024.
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal("Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", plan.Issuer.Name);
        Assert.Equal(225, plan.Number?.Value);
        Assert.Equal("TWĐTN-CTTN", plan.Issuer.Code);
        Assert.Equal("Hà Nội", plan.Issuer.Place);
        Assert.Equal("2024-05-16", plan.Date?.ToIsoText());
    }

    [Fact]
    public void A_basis_whose_opening_words_the_page_lost_is_read_with_the_opening_above_it_and_warned()
    {
        var (imported, bag) = Import("""
            TRƯỜNG TH HOÀNG VĂN THỤ
            Số: 32/KH-THHVT
            Tam Sơn, ngày 25 tháng 9 năm 2023
            KẾ HOẠCH
            NĂM HỌC: 2023-2024
            Căn cứ Quyết định số 1664/QĐ-UBND ngày 08/8/2023 của Ủy ban nhân dân tỉnh Quảng Nam về việc ban hành Kế hoạch thời gian năm học 2023-2024;
            Công văn số 1841/SGDĐT-GDTH ngày 15/8/2023 của Sở Giáo dục và Đào tạo về việc hướng dẫn thực hiện nhiệm vụ giáo dục tiểu học năm học 2023-2024;
            Căn cứ kết quả năm học 2022-2023 và tình hình thực tế tại đơn vị. Trường TH Hoàng Văn Thụ xây dựng kế hoạch năm học 2023-2024 như sau:
            I. MỤC TIÊU
            Nâng cao chất lượng giáo dục.
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        var cited = plan.Basis.Select(b => b.Number).Append(plan.Parent?.Citation?.Number).ToList();
        Assert.Contains("1664/QĐ-UBND", cited);
        Assert.Contains("1841/SGDĐT-GDTH", cited);
        Assert.All(plan.Basis, c => Assert.Equal(PlanGen.Core.Model.BasisLead.Pursuant, c.Lead));
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ImportReshaped && d.Span.StartLine == 6);
    }

    [Fact]
    public void A_decision_the_page_cut_before_its_articles_is_imported_with_one_article_to_write_and_a_warning()
    {
        var read = PlanGen.Core.Document.Reading.TextDocumentReader.ReadText("""
            BỘ TƯ PHÁP
            -------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 2658/QĐ-BTP
            Hà Nội, ngày 31 tháng 12 năm 2020
            QUYẾT ĐỊNH
            BAN HÀNH KẾ HOẠCH CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2021
            BỘ TRƯỞNG BỘ TƯ PHÁP
            Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012;
            Căn cứ Quyết định số 619/QĐ-TTg ngày 08/5/2017 của Thủ tướng Chính phủ ban hành Quy định về xây dựng xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật;
            """, "quyet-dinh.txt");
        var bag = new DiagnosticBag();

        var decision = Assert.IsType<PlanGen.Core.Model.Decision>(DecisionRecognizer.Recognize(ImportSource.Of(read), bag).Document);

        Assert.Equal(2658, decision.Number?.Value);
        Assert.Equal(["TODO"], Assert.Single(decision.Articles).Paragraphs);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ImportGuessed && KeyPlaces.KeyOf(d.Arguments[0]) == "articles");
    }
}
