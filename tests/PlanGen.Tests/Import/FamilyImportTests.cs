using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Core.Model;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// import tells the kinds apart by what a document prints and reads a Công văn, a Thông báo, a Tờ
/// trình and a Quyết định into their types; a document of another kind is refused with its kind
/// named; what it warns about is told once, at its place, in the document's order.
/// </summary>
public sealed class FamilyImportTests : IDisposable
{
    private const string Letter = """
        ỦY BAN NHÂN DÂN TỈNH LÀO CAI
        Số: 15/UBND
        V/v triển khai Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2024
        Lào Cai, ngày 05 tháng 02 năm 2024
        Kính gửi:
        - Các sở, ban, ngành tỉnh;
        - UBND các huyện, thành phố.
        Thực hiện Kế hoạch số 68/KH-UBND ngày 31/01/2024 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị:
        1. Xây dựng kế hoạch của cơ quan, đơn vị mình để thực hiện.
        2. Báo cáo kết quả thực hiện trước ngày 15/12/2024.
        Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.
        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Nguyễn Văn An
        Văn bản này được đăng trên Cổng thông tin điện tử của tỉnh để các cơ quan cùng biết.
        Mọi ý kiến xin gửi về Văn phòng Ủy ban nhân dân tỉnh trước ngày 20 tháng 02 năm 2024.

        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_letter_imports_as_a_cong_van_with_its_subject_addressees_items_and_closing()
    {
        var bag = new DiagnosticBag();

        var imported = PlanImporter.Import(TestRun.New(), _folder.File("cv.txt", Letter), _folder.File("cv.yaml"), null, bag);

        Assert.True(imported is not null, string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        var letter = Assert.IsType<GeneralDocument>(imported.Document);
        Assert.Equal("CV", letter.TypeCode);
        Assert.Equal("triển khai Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2024", letter.Title);
        Assert.Equal(["Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"], letter.To);
        Assert.Equal(2, letter.Items.Count);
        Assert.Equal("Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện", letter.Closing);
        Assert.Equal(15, letter.Number?.Value);
        Assert.Equal("Nguyễn Văn An", letter.Signature?.Name);
    }

    // A decision that issues a regulation (QUY ĐỊNH), not a plan: what follows its signature is its own text.
    private const string DecisionWithRegulation = """
        ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
        Số: 20/2015/QĐ-UBND
        Lai Châu, ngày 01 tháng 9 năm 2015
        QUYẾT ĐỊNH
        Ban hành Quy định chế độ báo cáo định kỳ
        ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Quy định chế độ báo cáo định kỳ trên địa bàn tỉnh.
        Điều 2. Quyết định có hiệu lực sau 10 ngày kể từ ngày ký.
        Nơi nhận:
        - Như Điều 2;
        - Lưu: VT.
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Đỗ Ngọc An
        ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        QUY ĐỊNH
        Chế độ báo cáo định kỳ trên địa bàn tỉnh
        (Ban hành kèm theo Quyết định số 20/2015/QĐ-UBND ngày 01/9/2015 của UBND tỉnh Lai Châu)
        Điều 1. Phạm vi điều chỉnh
        Quy định này quy định chế độ báo cáo định kỳ.

        """;

    [Fact]
    public void A_decision_issuing_no_plan_keeps_what_follows_as_its_text_without_calling_the_document_no_plan()
    {
        var source = _folder.File("qd.txt", DecisionWithRegulation);

        var run = CliRun.Of("import", source, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("PG6002", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("error", run.Error, StringComparison.Ordinal);
        Assert.Contains("PG6003", run.Error, StringComparison.Ordinal);
        var yaml = File.ReadAllText(Path.ChangeExtension(source, ".yaml"));
        Assert.Contains("type: QĐ", yaml, StringComparison.Ordinal);
        Assert.Contains("Quy định này quy định chế độ báo cáo định kỳ.", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_the_signature_is_kept_and_warned_once_each_in_the_documents_order()
    {
        var source = _folder.File("cv.txt", Letter);

        var run = CliRun.Of("import", source, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        var warnings = run.Error.Split('\n').Where(l => l.Contains("PG6003", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains("cv.txt(18,1)", warnings[0], StringComparison.Ordinal);
        Assert.Contains("cv.txt(19,1)", warnings[1], StringComparison.Ordinal);
        Assert.Contains("Mọi ý kiến xin gửi", File.ReadAllText(Path.ChangeExtension(source, ".yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_that_lost_its_header_is_known_by_its_opening_sentence()
    {
        var source = _folder.File("tb.txt", """
            Sở Nội vụ tỉnh Bắc Giang thông báo thi tuyển công chức năm 2023, cụ thể như sau:
            I. ĐỐI TƯỢNG, ĐIỀU KIỆN ĐĂNG KÝ DỰ THI
            1. Là công dân Việt Nam, thường trú tại tỉnh Bắc Giang.
            II. HỒ SƠ ĐĂNG KÝ DỰ THI
            Phiếu đăng ký dự tuyển theo mẫu.

            """);
        var bag = new DiagnosticBag();

        var imported = PlanImporter.Import(TestRun.New(), source, _folder.File("tb.yaml"), null, bag);

        var notice = Assert.IsType<GeneralDocument>(imported?.Document);
        Assert.Equal("TB", notice.TypeCode);
        Assert.Equal("Sở Nội vụ tỉnh Bắc Giang", notice.Issuer.Name);
        Assert.Equal(["ĐỐI TƯỢNG, ĐIỀU KIỆN ĐĂNG KÝ DỰ THI", "HỒ SƠ ĐĂNG KÝ DỰ THI"], notice.Parts.Select(p => p.Title));
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ImportGuessed);
    }

    [Theory]
    [InlineData("CHỈ THỊ", "CHỈ THỊ")]
    [InlineData("NGHỊ QUYẾT", "NGHỊ QUYẾT")]
    [InlineData("DỰ THẢO QUY CHẾ", "QUY CHẾ")]
    public void A_document_of_another_kind_is_refused_with_its_kind_named_and_nothing_written(string typeLine, string named)
    {
        var source = _folder.File("van-ban.txt", $"ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nLào Cai, ngày 05 tháng 02 năm 2024\n{typeLine}\nVề tăng cường bảo đảm trật tự, an toàn giao thông\n1. Các sở, ban, ngành tăng cường tuyên truyền.\n");
        var bag = new DiagnosticBag();

        var imported = PlanImporter.Import(TestRun.New(), source, _folder.File("van-ban.yaml"), null, bag);

        Assert.Null(imported);
        var refusal = Assert.Single(bag.Items, d => d.Code == DiagnosticCode.ImportNotAPlan);
        Assert.Equal($"plangen does not import this document: it is a {named}.", DiagnosticMessages.Format(refusal.Code, "en", refusal.Arguments));
        Assert.False(File.Exists(_folder.File("van-ban.yaml")));
    }

    [Fact]
    public void A_decision_that_would_not_validate_is_not_written_and_says_which_kind_it_is()
    {
        // Number 0 is no registry number: the YAML would not validate.
        var source = _folder.File("qd.txt", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 0/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế phối hợp\n");
        var bag = new DiagnosticBag();

        var imported = PlanImporter.Import(TestRun.New(), source, _folder.File("qd.yaml"), null, bag);

        Assert.Null(imported);
        var error = Assert.Single(bag.Items, d => d.Code == DiagnosticCode.ImportedDocumentInvalid);
        Assert.StartsWith("The Quyết định imported from", DiagnosticMessages.Format(error.Code, "en", error.Arguments), StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("qd.yaml")));
    }

    [Fact]
    public void A_decision_whose_plan_exists_beside_it_is_not_written_over_it_without_force()
    {
        var decision = _folder.File("qd.txt", Decision + Plan);
        var planFile = _folder.File("qd.ke-hoach.yaml", "# the clerk's own\n");

        var run = CliRun.Of("import", decision, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG4001", run.Error, StringComparison.Ordinal);
        Assert.Equal("# the clerk's own\n", File.ReadAllText(planFile));
        Assert.False(File.Exists(_folder.File("qd.yaml")));
    }

    [Fact]
    public void A_decision_and_the_plan_after_it_are_imported_into_two_files()
    {
        var decision = _folder.File("qd.txt", Decision + Plan);

        var run = CliRun.Of("import", decision, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        var yaml = File.ReadAllText(_folder.File("qd.yaml"));
        Assert.Contains("type: QĐ", yaml, StringComparison.Ordinal);
        Assert.Contains("plan: qd.ke-hoach.yaml", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("Ban hành kèm theo", File.ReadAllText(_folder.File("qd.ke-hoach.yaml")), StringComparison.Ordinal);
    }

    private const string Decision = """
        ỦY BAN NHÂN DÂN TỈNH LÀO CAI
        Số: 20/QĐ-UBND
        Lào Cai, ngày 05 tháng 02 năm 2024
        QUYẾT ĐỊNH
        Ban hành Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2024
        ỦY BAN NHÂN DÂN TỈNH LÀO CAI
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        Theo đề nghị của Ban An toàn giao thông tỉnh tại Tờ trình số 12/TTr-BATGT ngày 01 tháng 02 năm 2024.
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2024.
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
        Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.
        Nơi nhận:
        - Như Điều 3;
        - Lưu: VT.
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Trịnh Xuân Trường

        """;

    private const string Plan = """
        KẾ HOẠCH
        Bảo đảm trật tự, an toàn giao thông năm 2024
        (Ban hành kèm theo Quyết định số 20/QĐ-UBND ngày 05/02/2024 của Ủy ban nhân dân tỉnh Lào Cai)
        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        Kiềm chế, giảm tai nạn giao thông trên cả ba tiêu chí.
        II. NỘI DUNG THỰC HIỆN
        1. Tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông
        Đổi mới hình thức tuyên truyền.
        III. TỔ CHỨC THỰC HIỆN
        1. Ban An toàn giao thông tỉnh
        Theo dõi, đôn đốc các sở, ngành thực hiện Kế hoạch.
        Nơi nhận:
        - Các sở, ban, ngành tỉnh;
        - Lưu: VT.
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Trịnh Xuân Trường

        """;
}
