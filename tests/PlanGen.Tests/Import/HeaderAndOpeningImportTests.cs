using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Import;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// Import reads the headers and openings of plans from outside: header boxes a page printed side by
/// side on one line, a portal's post title above the header, bases opening with "Căn cứ" or changing
/// their opening words in mid-sentence, an opening without any basis, the issuer named before the
/// date in a citation, clauses whose part heading the page lost; each reshaping or guess is warned.
/// </summary>
public sealed class HeaderAndOpeningImportTests
{
    private static (ImportedPlan? Plan, DiagnosticBag Bag) Import(string text) => ImportedText.Recognize(text);

    private static string Upper(string? text) => PlanGen.Core.Text.VietnameseCasing.Upper(text ?? "");

    [Fact]
    public void Header_boxes_printed_side_by_side_on_one_line_are_read_apart()
    {
        var (imported, bag) = Import("""
            SỞ GD&ĐT QUẢNG TRỊ TRƯỜNG THPT CHUYÊN
            LÊ QUÝ ĐÔN Số: …/KH-LQĐ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
            Đông Hà, ngày 15 tháng 9 năm 2020 DỰ THẢO KẾ HOẠCH
            HOẠT ĐỘNG GIÁO DỤC NGOÀI GIỜ LÊN LỚP NĂM HỌC 2020 – 2021
            Căn cứ Điều lệ trường THPT, trường THPT chuyên Lê Quý Đôn xây dựng kế hoạch như sau:
            I. MỤC ĐÍCH, YÊU CẦU
            Hoạt động giáo dục ngoài giờ lên lớp là một bộ phận của quá trình giáo dục.
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal("TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN", Upper(plan.Issuer.Name));
        Assert.Equal("SỞ GD&ĐT QUẢNG TRỊ", Upper(plan.Issuer.GoverningBody));
        Assert.Null(plan.Number);
        Assert.Equal("LQĐ", plan.Issuer.Code);
        Assert.Equal("2020-09-15", plan.Date?.ToIsoText());
        Assert.Equal("HOẠT ĐỘNG GIÁO DỤC NGOÀI GIỜ LÊN LỚP NĂM HỌC 2020 – 2021", plan.Title);
        // Told once for the document, with each line it read apart.
        var apart = Assert.Single(bag.Items, d => d.Code == DiagnosticCode.ImportReshaped && d.Arguments[1].Contains("headerline", StringComparison.Ordinal));
        Assert.Equal([0, 1, 3], apart.Places.Select(p => p.StartLine));
    }

    [Fact]
    public void A_header_printed_again_as_the_blank_form_keeps_the_filled_in_number_and_date_and_warns_at_each_blank_line()
    {
        var (imported, bag) = Import("""
            ỦY BAN NHÂN DÂN
            HUYỆN CHÂU THÀNH
            Số: 850/KH-UBND
            Châu Thành, ngày 12 tháng 9 năm 2017
            ỦY BAN NHÂN DÂN
            HUYỆN CHÂU THÀNH
            Số:          /KH-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Châu Thành, ngày        tháng      năm 2017
            KẾ HOẠCH
            Ứng phó thiên tai và phòng, chống lũ lụt trên địa bàn huyện
            I. MỤC ĐÍCH, YÊU CẦU
            Chủ động phòng tránh, ứng phó nhằm giảm nhẹ thiệt hại do thiên tai gây ra.
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal(850, plan.Number?.Value);
        Assert.Equal("2017-09-12", plan.Date?.ToIsoText());
        Assert.Equal("ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH", Upper(plan.Issuer.Name));
        Assert.Null(plan.Issuer.GoverningBody);
        // The blank form's names, number and date lines are warned once, with each line where the page prints them.
        var left = Assert.Single(bag.Items, d => d.Code == DiagnosticCode.ImportReshaped);
        Assert.Equal([4, 5, 6, 9], left.Places.Select(p => p.StartLine));
        Assert.EndsWith("Tổng cộng 4 dòng như vậy: dòng 5–7, 10.", left.Message("vi"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_guessed_issuer_is_warned_with_the_name_the_plan_is_given()
    {
        var (imported, bag) = Import("""
            KẾ HOẠCH
            Bảo đảm trật tự, an toàn giao thông năm 2021 trên địa bàn tỉnh Khánh Hòa
            UBND tỉnh ban hành Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2021 trên địa bàn tỉnh Khánh Hòa như sau:
            I. MỤC ĐÍCH, YÊU CẦU
            Giảm số vụ tai nạn giao thông trên địa bàn tỉnh Khánh Hòa.
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal("Ủy ban nhân dân tỉnh Khánh Hòa", plan.Issuer.Name);
        var guess = Assert.Single(bag.Items, d => d.Code == DiagnosticCode.ImportGuessed && KeyPlaces.KeyOf(d.Arguments[0]) == "issuer.name");
        Assert.Equal(plan.Issuer.Name, guess.Arguments[1]);
    }

    [Fact]
    public void A_portal_post_title_above_the_header_is_left_out_with_a_warning_at_its_line()
    {
        var (imported, bag) = Import("""
            Phòng, chống thiên tai năm 2025 trên địa bàn Xã Xuân Tín
            ỦY BAN NHÂN DÂN | CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            XÃ XUÂN TÍN | Độc lập - Tự do - Hạnh phúc |
            Số: 36 /KH - UBND |
            Xuân Tín, ngày 07 tháng 5 năm 2025 |
            KẾ HOẠCH
            Phòng, chống thiên tai năm 2025 trên địa bàn Xã Xuân Tín
            Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013;
            Căn cứ Nghị định số 30/2017/NĐ-CP ngày 21/3/2017 của Chính phủ quy định tổ chức, hoạt động ứng phó sự cố;
            Nhằm chủ động trong công tác phòng, chống thiên tai, Ban Chỉ huy xã xây dựng Kế hoạch như sau:
            I. MỤC ĐÍCH, YÊU CẦU
            Nhằm tuyên truyền, giáo dục, cung cấp kiến thức về phòng, chống thiên tai.
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal("Phòng, chống thiên tai năm 2025 trên địa bàn Xã Xuân Tín", plan.Title);
        Assert.DoesNotContain(plan.Parts.SelectMany(p => p.Paragraphs), p => p.Contains("Phòng, chống thiên tai năm 2025", StringComparison.Ordinal));
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ImportReshaped && d.Span.StartLine == 0);
        Assert.All(plan.Basis, b => Assert.Equal(BasisLead.Pursuant, b.Lead));
        Assert.Equal(BasisLead.Pursuant, plan.Parent?.Citation?.Lead);
    }

    [Fact]
    public void Bases_that_change_their_opening_words_in_mid_sentence_keep_each_its_own()
    {
        var (imported, _) = Import("""
            ỦY BAN NHÂN DÂN
            TỈNH VĨNH PHÚC
            Số: 33/KH-UBND
            Vĩnh Phúc, ngày 14 tháng 3 năm 2019
            KẾ HOẠCH
            CÔNG TÁC BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔNG NĂM 2019
            Thực hiện
            Chương trình hành động số 38-CTr/TU ngày 26/12/2012 của Tỉnh ủy Vĩnh Phúc về việc
            thực hiện Chỉ thị số 18-CT/TW ngày 04/9/2012 của Ban Bí thư; Căn cứ Kế hoạch số 48/KH-UBATGTQG ngày 31/01/2019 của Ủy ban ATGT Quốc
            gia về Kế hoạch năm an toàn giao thông 2019; Thông báo kết luận số 34/TB-UBND
            ngày 31/01/2019 của Chủ tịch UBND tỉnh Vĩnh Phúc, UBND
            tỉnh Vĩnh Phúc xây dựng Kế hoạch công tác bảo đảm TTATGT năm 2019 như sau:
            I. MỤC ĐÍCH
            1. Nâng cao nhận thức của người tham gia giao thông.
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal("48/KH-UBATGTQG", plan.Parent?.Citation?.Number);
        Assert.Equal(BasisLead.Pursuant, plan.Parent?.Citation?.Lead);
        Assert.Equal([BasisLead.Implementing, BasisLead.Pursuant], plan.Basis.Select(b => b.Lead));
        Assert.StartsWith("UBND tỉnh Vĩnh Phúc xây dựng Kế hoạch", plan.Introduction, StringComparison.Ordinal);
    }

    [Fact]
    public void An_opening_without_any_basis_is_the_introduction_with_its_paragraphs()
    {
        var (imported, bag) = Import("""
            ỦY BAN NHÂN DÂN
            TỈNH VĨNH PHÚC
            Số: 196/KH-UBND
            Vĩnh Phúc, ngày 12 tháng 7 năm 2023
            KẾ HOẠCH
            CẢI THIỆN, NÂNG CAO CHỈ SỐ XANH CẤP TỈNH (PGI) ĐẾN NĂM 2025
            Theo kết quả công bố của Liên đoàn Thương mại và
            Công nghiệp Việt Nam, tỉnh Vĩnh Phúc xếp vị trí thứ 9.
            Để tiếp tục duy trì và nâng cao Chỉ số PGI, Ủy ban nhân dân
            tỉnh ban hành Kế hoạch cải thiện Chỉ số PGI như
            sau.
            I. MỤC TIÊU
            1. Mục tiêu chung
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal("Theo kết quả công bố của Liên đoàn Thương mại và Công nghiệp Việt Nam, tỉnh Vĩnh Phúc xếp vị trí thứ 9.\n"
            + "Để tiếp tục duy trì và nâng cao Chỉ số PGI, Ủy ban nhân dân tỉnh ban hành Kế hoạch cải thiện Chỉ số PGI như sau.", plan.Introduction);
        Assert.Empty(plan.Parts[0].Paragraphs);
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ImportReshaped && d.Span.StartLine == 6);
    }

    [Fact]
    public void A_citation_naming_its_issuer_before_the_date_is_read_and_kept_as_printed()
    {
        var (imported, bag) = Import("""
            ỦY BAN NHÂN DÂN
            TỈNH HƯNG YÊN
            Số: 92/KH-UBND
            Hưng Yên, ngày 19 tháng 5 năm 2022
            KẾ HOẠCH
            TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP NGÀY 05/4/2022 CỦA CHÍNH PHỦ
            Thực hiện Kết luận số 45-KL/TW ngày 01/02/2019 của Ban Bí thư khóa XII; Nghị quyết số 48/NQ-CP của Chính phủ ngày 05/4/2022 về tăng cường bảo đảm trật tự, an toàn giao thông.
            UBND tỉnh ban hành Kế hoạch Triển khai thực hiện Nghị quyết số 48/NQ-CP như sau:
            I. MỤC TIÊU, YÊU CẦU
            1. Triển khai có hiệu quả Nghị quyết số 48/NQ-CP.
            """);

        var parent = Assert.IsType<ImportedPlan>(imported).Plan.Parent?.Citation;
        Assert.Equal("48/NQ-CP", parent?.Number);
        Assert.Equal("Chính phủ", parent?.Issuer);
        Assert.Equal("2022-04-05", parent?.Date?.ToIsoText());
        Assert.StartsWith("Nghị quyết số 48/NQ-CP của Chính phủ ngày 05/4/2022 về tăng cường", parent?.ToText(), StringComparison.Ordinal);
        Assert.DoesNotContain(bag.Items, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Clauses_before_the_first_part_make_a_part_named_after_them_and_the_name_is_warned()
    {
        var (imported, bag) = Import("""
            ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            Số: 130/KH-UBND | Ninh Bình, ngày 13 tháng 7 năm 2022 |
            Thực hiện Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022 của Bộ Lao động - Thương binh và Xã hội, UBND tỉnh ban hành Kế hoạch giám sát như sau:
            1. Mục đích
            Theo dõi, kiểm tra, giám sát việc chấp hành quy định.
            2. Yêu cầu
            Kiểm tra, giám sát định kỳ 6 tháng.
            II. ĐỐI TƯỢNG, THỜI GIAN GIÁM SÁT, ĐÁNH GIÁ
            1. Đối tượng
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "ĐỐI TƯỢNG, THỜI GIAN GIÁM SÁT, ĐÁNH GIÁ"], plan.Parts.Select(p => p.Title));
        Assert.Equal([PartKind.Purpose, PartKind.Requirements], plan.Parts[0].Items.Select(i => i.Kind));
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ImportReshaped && d.Span.StartLine == 3);
    }

    [Fact]
    public void A_title_that_opens_like_a_basis_but_cites_nothing_is_the_title()
    {
        var (imported, _) = Import("""
            PHÒNG GD& ĐT TUY PHƯỚC
            TRƯỜNG TH SỐ 2 PHƯỚC QUANG
            Số:   /KHCM-PQ2
            Phước Quang, ngày 20 tháng  12  năm 2021
            KẾ HOẠCH
            Thực hiện chương trình giáo dục “An toàn giao thông cho nụ cười trẻ thơ”
               Năm học 2021-2022
            Căn cứ Công văn số 683/PGDĐT ngày 04/11/2021 về việc triển khai chương trình giáo dục;
            Trường tiểu học số 2 Phước Quang xây dựng kế hoạch như sau:
            I. MỤC TIÊU
            1. Nâng cao ý thức an toàn giao thông cho học sinh.
            """);

        var plan = Assert.IsType<ImportedPlan>(imported).Plan;
        Assert.Equal("Thực hiện chương trình giáo dục “An toàn giao thông cho nụ cười trẻ thơ”\nNăm học 2021-2022", plan.Title);
        Assert.Equal("683/PGDĐT", plan.Parent?.Citation?.Number);
        Assert.Equal(BasisLead.Pursuant, plan.Parent?.Citation?.Lead);
    }
}
