using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// A report that cites no plan or names no period (a school's report on a movement, a portal's
/// copy): import says which of the two is missing and how to give it, writes nothing, and with
/// <c>--reports-on</c> and <c>--period</c> writes a report that validates.
/// </summary>
public sealed class ReportWithoutPlanImportTests : IDisposable
{
    // A report as a school types it: its header, a subject without a period, no "Thực hiện Kế hoạch số …".
    private const string Report = """
        PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN BẢO LÂM
        TRƯỜNG TRUNG HỌC CƠ SỞ MÔNG ÂN
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 12/BC-THCS
        Mông Ân, ngày 20 tháng 5 năm 2022
        BÁO CÁO
        Kết quả xây dựng trường học xanh, sạch, đẹp, an toàn
        I. ĐẶC ĐIỂM TÌNH HÌNH
        Nhà trường có 12 lớp với 380 học sinh; đội ngũ giáo viên đạt chuẩn.
        II. KẾT QUẢ THỰC HIỆN
        Các lớp đều giữ vệ sinh lớp học và sân trường; không có học sinh vi phạm an toàn giao thông.
        Nơi nhận:
        - Phòng GD&ĐT;
        - Lưu: VT.
        HIỆU TRƯỞNG
        Nguyễn Văn An
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_report_that_cites_no_plan_and_names_no_period_is_told_both_and_nothing_is_written()
    {
        var source = _folder.File("bao-cao.txt", Report);
        var yaml = Path.Combine(_folder.Path, "bao-cao.yaml");

        var vi = CliRun.Of("import", source, "-o", yaml, "--lang", "vi");
        var en = CliRun.Of("import", source, "-o", yaml, "--lang", "en");

        Assert.Equal(1, vi.ExitCode);
        Assert.False(File.Exists(yaml));
        Assert.Contains("PG6008", vi.Error, StringComparison.Ordinal);
        Assert.Contains("không nêu kế hoạch mà nó báo cáo", vi.Error, StringComparison.Ordinal);
        Assert.Contains("--reports-on", vi.Error, StringComparison.Ordinal);
        Assert.Contains("PG6009", vi.Error, StringComparison.Ordinal);
        Assert.Contains("--period", vi.Error, StringComparison.Ordinal);
        Assert.Contains("does not say which plan it reports on", en.Error, StringComparison.Ordinal);
        Assert.Contains("does not say which period it reports on", en.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("PG6005", en.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_and_period_given_on_the_command_line_make_a_report_that_validates()
    {
        var source = _folder.File("bao-cao.txt", Report);
        var yaml = Path.Combine(_folder.Path, "bao-cao.yaml");

        var run = CliRun.Of("import", source, "-o", yaml, "--reports-on", "Kế hoạch số 45/KH-THCS ngày 10/9/2021 của Trường THCS Mông Ân", "--period", "2022", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.Error);
        var text = File.ReadAllText(yaml);
        Assert.Contains("text: Kế hoạch số 45/KH-THCS ngày 10/9/2021 của Trường THCS Mông Ân", text, StringComparison.Ordinal);
        Assert.Contains("period: 2022", text, StringComparison.Ordinal);
        Assert.Contains("(--reports-on)", text, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("validate", yaml).ExitCode);
    }

    [Fact]
    public void A_citation_typed_in_decomposed_letters_is_written_composed()
    {
        var source = _folder.File("bao-cao.txt", Report);
        var yaml = Path.Combine(_folder.Path, "bao-cao.yaml");
        var citation = "Kế hoạch số 45/KH-THCS của Trường THCS Mông Ân";

        var run = CliRun.Of("import", source, "-o", yaml, "--reports-on", citation.Normalize(System.Text.NormalizationForm.FormD), "--period", "2022");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("text: " + citation, File.ReadAllText(yaml), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_file_given_on_the_command_line_is_named_from_the_reports_folder()
    {
        var plan = Path.Combine(_folder.Path, "ke-hoach", "ke-hoach-truong.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(plan)!);
        Assert.Equal(0, CliRun.Of("init", plan, "--for", "school").ExitCode);
        var source = _folder.File("bao-cao.txt", Report);
        var yaml = Path.Combine(_folder.Path, "bao-cao", "bc.yaml");

        var run = CliRun.Of("import", source, "-o", yaml, "--reports-on", plan, "--period", "2022-6m");

        Assert.True(run.ExitCode == 0, run.Error);
        var text = File.ReadAllText(yaml);
        Assert.Contains("reports_on: ../ke-hoach/ke-hoach-truong.yaml", text, StringComparison.Ordinal);
        Assert.Contains("period: 2022-6m", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_that_is_no_period_is_a_command_line_error()
    {
        var source = _folder.File("bao-cao.txt", Report);

        var run = CliRun.Of("import", source, "--period", "2022-13", "--lang", "vi");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("không phải kỳ báo cáo", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TÌNH HÌNH TRẬT TỰ AN TOÀN GIAO THÔNG 6 THÁNG ĐẦU NĂM 2021", "2021-6m")]
    [InlineData("Kết quả công tác bảo đảm trật tự an toàn giao thông 9 tháng đầu năm 2017", "2017-9m")]
    [InlineData("Kết quả thực hiện nhiệm vụ quý II năm 2018", "2018-q2")]
    [InlineData("Công tác bảo đảm an toàn giao thông tháng 5 năm 2017", "2017-05")]
    [InlineData("BỔ SUNG THÔNG TIN VỀ THỰC HIỆN CÁC MỤC TIÊU QUỐC GIA VỀ BÌNH ĐẲNG GIỚI NĂM 2024", "2024")]
    public void A_reports_subject_names_its_period(string subject, string period)
    {
        Assert.Equal(period, ReportPeriods.ShortForm(ReportPeriods.Named(subject)!));
    }

    [Theory]
    [InlineData("Kết quả xây dựng trường học xanh, sạch, đẹp, an toàn năm học 2021-2022")]
    [InlineData("Phương hướng, nhiệm vụ 6 tháng cuối năm 2021")]
    [InlineData("Kết quả thực hiện giai đoạn 2021-2025")]
    public void A_subject_without_a_reporting_period_names_none(string subject)
    {
        Assert.Null(ReportPeriods.Named(subject));
    }
}
