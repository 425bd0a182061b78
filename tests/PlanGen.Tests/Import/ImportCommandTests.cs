using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>plangen import on the command line: output, refusal to overwrite, bad input.</summary>
public sealed class ImportCommandTests
{
    internal const string SmallPlan = """
        UBND TỈNH BÌNH PHƯỚC
        SỞ THÔNG TIN VÀ TRUYỀN THÔNG
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        Số: 12/KH-STTTT

        Bình Phước, ngày 05 tháng 02 năm 2024

        KẾ HOẠCH
        Bảo đảm trật tự an toàn giao thông năm 2024

        Thực hiện Kế hoạch số 83/KH-UBND ngày 01/02/2024 của Ủy ban nhân dân tỉnh về bảo đảm an toàn giao thông năm 2024, Sở Thông tin và Truyền thông xây dựng kế hoạch như sau:

        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        Nâng cao ý thức chấp hành pháp luật.
        2. Yêu cầu
        - Triển khai đồng bộ, hiệu quả.
        II. NỘI DUNG THỰC HIỆN
        1. Công tác tuyên truyền
        Tuyên truyền trên Cổng thông tin điện tử.
        - Phân công thực hiện: Văn phòng chủ trì thực hiện.
        - Thời gian thực hiện: Quý I/2024.
        III. TỔ CHỨC THỰC HIỆN
        Các phòng, đơn vị thuộc Sở triển khai thực hiện.
        Trên đây là Kế hoạch của Sở Thông tin và Truyền thông./.
        Nơi nhận:
        - UBND tỉnh (b/c);
        - Lưu: VT.
        KT. GIÁM ĐỐC
        PHÓ GIÁM ĐỐC
        Nguyễn Văn An
        """;

    [Fact]
    public void Imports_a_text_into_a_plan_that_validates_and_names_what_it_read()
    {
        using var folder = new TempFolder();
        var source = folder.File("ke-hoach.txt", SmallPlan);

        var run = CliRun.Of("import", source, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        var yaml = File.ReadAllText(Path.ChangeExtension(source, ".yaml"));
        Assert.Contains("governing_body: UBND tỉnh Bình Phước", yaml, StringComparison.Ordinal);
        Assert.Contains("name: Sở Thông tin và Truyền thông", yaml, StringComparison.Ordinal);
        Assert.Contains("number: 12", yaml, StringComparison.Ordinal);
        Assert.Contains("date: 2024-02-05", yaml, StringComparison.Ordinal);
        Assert.Contains("lead: [Văn phòng]", yaml, StringComparison.Ordinal);
        Assert.Contains("timeline: Quý I/2024", yaml, StringComparison.Ordinal);
        Assert.Contains("authority: KT", yaml, StringComparison.Ordinal);
        Assert.Contains("office: Phó Giám đốc", yaml, StringComparison.Ordinal);
        Assert.Contains("- UBND tỉnh (b/c)", yaml, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("validate", Path.ChangeExtension(source, ".yaml")).ExitCode);
    }

    [Fact]
    public void An_existing_yaml_is_not_overwritten_without_force()
    {
        using var folder = new TempFolder();
        var source = folder.File("ke-hoach.txt", SmallPlan);
        var target = folder.File("ke-hoach.yaml", "keep: me\n");

        var refused = CliRun.Of("import", source, "--lang", "en");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("PG4001", refused.Error, StringComparison.Ordinal);
        Assert.Equal("keep: me\n", File.ReadAllText(target));
        Assert.Equal(0, CliRun.Of("import", source, "--force").ExitCode);
        Assert.StartsWith("# ", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_no_rule_places_is_kept_and_warned_with_its_line()
    {
        using var folder = new TempFolder();
        var source = folder.File("ke-hoach.txt", SmallPlan.Replace("KẾ HOẠCH\n", "KẾ HOẠCH\n", StringComparison.Ordinal).Replace("I. MỤC ĐÍCH", "Ghi chú lạc chỗ: xem phụ lục.\n\nI. MỤC ĐÍCH", StringComparison.Ordinal));

        var run = CliRun.Of("import", source, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ke-hoach.txt(15,1): warning PG6003", run.Error, StringComparison.Ordinal);
        Assert.Contains("Ghi chú lạc chỗ: xem phụ lục.", File.ReadAllText(Path.ChangeExtension(source, ".yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Unplaced_text_is_warned_once_each_in_the_documents_order()
    {
        using var folder = new TempFolder();
        var source = folder.File("ke-hoach.txt", SmallPlan
            .Replace("I. MỤC ĐÍCH", "Ghi chú thứ nhất lạc chỗ.\n\nGhi chú thứ hai lạc chỗ.\n\nI. MỤC ĐÍCH", StringComparison.Ordinal));

        var run = CliRun.Of("import", source, "--lang", "vi", "--verbose");

        var lines = run.Error.Split('\n').Where(l => l.Contains("PG6003", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains("ke-hoach.txt(15,1)", lines[0], StringComparison.Ordinal);
        Assert.Contains("Ghi chú thứ nhất", lines[0], StringComparison.Ordinal);
        Assert.Contains("ke-hoach.txt(17,1)", lines[1], StringComparison.Ordinal);
        Assert.Contains("dòng 17", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chi-thi.txt", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\nSố: 12/CT-UBND\n\nCHỈ THỊ\n\nVề tăng cường bảo đảm trật tự, an toàn giao thông\n", "en", "plangen does not import this document: it is a CHỈ THỊ.")]
    [InlineData("chi-thi.txt", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\nSố: 12/CT-UBND\n\nCHỈ THỊ\n\nVề tăng cường bảo đảm trật tự, an toàn giao thông\n", "vi", "plangen không nhập văn bản này: đây là một CHỈ THỊ.")]
    [InlineData("nghi-quyet.txt", "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI\n\nSố: 05/NQ-HĐND\n\nNGHỊ QUYẾT\n\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2024\n", "vi", "đây là một NGHỊ QUYẾT.")]
    [InlineData("to-khai.txt", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nTỜ KHAI ĐĂNG KÝ XE\n\nHọ và tên chủ xe: Nguyễn Văn An\n", "en", "it is a TỜ KHAI ĐĂNG KÝ XE.")]
    public void A_document_of_a_kind_plangen_does_not_import_is_named_for_what_it_is(string name, string text, string language, string expected)
    {
        using var folder = new TempFolder();
        var source = folder.File(name, text);

        var run = CliRun.Of("import", source, "--lang", language);

        Assert.Equal(1, run.ExitCode);
        var line = run.Error.Split('\n').Single(l => l.Contains("PG6002", StringComparison.Ordinal));
        Assert.EndsWith(expected, line, StringComparison.Ordinal);
        // The path is the place of the message, and is not said again in it.
        Assert.Equal(1, line.Split(name).Length - 1);
    }

    // A portal posts a unit's report without its header, under a title that names the kind.
    private const string PostedReport = "Báo cáo ATGT 9 tháng đầu năm 2017\n\nTrong 9 tháng đầu năm trên địa bàn tỉnh xảy ra 112 vụ tai nạn giao thông, làm chết 48 người.\n";

    [Theory]
    [InlineData("vi", "lỗi PG6008: Báo cáo này không nêu kế hoạch mà nó báo cáo")]
    [InlineData("en", "error PG6008: This report does not say which plan it reports on")]
    public void A_report_a_portal_posted_without_its_header_is_read_as_a_report_and_asks_for_its_plan(string language, string expected)
    {
        using var folder = new TempFolder();
        var source = folder.File("bai-dang.txt", PostedReport);

        var run = CliRun.Of("import", source, "--lang", language);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        // The period is read from the post's title, so only the plan is asked for.
        Assert.DoesNotContain("PG6009", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("PG6002", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.ChangeExtension(source, ".yaml")));
    }

    [Fact]
    public void A_report_a_portal_posted_without_its_header_takes_its_subject_and_period_from_the_post_title()
    {
        using var folder = new TempFolder();
        var source = folder.File("bai-dang.txt", PostedReport.Replace("Báo cáo ATGT", "Báo cáo công tác bảo đảm trật tự ATGT", StringComparison.Ordinal));
        var yaml = Path.Combine(folder.Path, "bao-cao.yaml");

        var run = CliRun.Of("import", source, "--reports-on", "Kế hoạch số 10/KH-BATGT ngày 05/01/2017", "-o", yaml, "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        var written = File.ReadAllText(yaml);
        Assert.Contains("type: BC", written, StringComparison.Ordinal);
        // The post's title goes on in small letters after the kind; the subject starts with a capital.
        Assert.Contains("title: Công tác bảo đảm trật tự ATGT 9 tháng đầu năm 2017", written, StringComparison.Ordinal);
        Assert.Contains("period: 2017-9m", written, StringComparison.Ordinal);
        Assert.Contains("trích yếu của văn bản", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_header_is_guessed_with_a_warning_and_a_comment()
    {
        using var folder = new TempFolder();
        var source = folder.File("ke-hoach.txt", SmallPlan[SmallPlan.IndexOf("KẾ HOẠCH", StringComparison.Ordinal)..]);

        var run = CliRun.Of("import", source, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning PG6004: The document does not state the place name (issuer.place)", run.Error, StringComparison.Ordinal);
        Assert.Contains("# Suy đoán, cần kiểm tra", File.ReadAllText(Path.ChangeExtension(source, ".yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_that_would_not_validate_is_not_written()
    {
        using var folder = new TempFolder();
        var source = folder.File("ke-hoach.txt", SmallPlan.Replace("PHÓ GIÁM ĐỐC\n", "", StringComparison.Ordinal));

        var run = CliRun.Of("import", source, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG6005", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.ChangeExtension(source, ".yaml")));
    }

    [Fact]
    public void A_file_of_another_kind_is_refused()
    {
        using var folder = new TempFolder();
        var source = folder.File("ke-hoach.odt", "x");

        var run = CliRun.Of("import", source, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG6001", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_of_another_kind_is_refused_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var source = folder.File("chi-thi.txt", "CHỈ THỊ\n\nVề tăng cường bảo đảm trật tự, an toàn giao thông\n\nThời gian qua, tình hình trật tự, an toàn giao thông còn diễn biến phức tạp.\n");

        var run = CliRun.Of("import", source, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG6002", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.ChangeExtension(source, ".yaml")));
    }

    [Fact]
    public void A_letter_that_lost_its_header_imports_as_a_cong_van_with_what_it_does_not_state_warned()
    {
        using var folder = new TempFolder();
        var source = folder.File("cong-van.txt", "Kính gửi: Sở Tài chính\n\nĐề nghị quý cơ quan cho ý kiến về dự thảo Quy chế phối hợp.\n");

        var run = CliRun.Of("import", source, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning PG6004: The document does not state the subject line (title)", run.Error, StringComparison.Ordinal);
        var yaml = File.ReadAllText(Path.ChangeExtension(source, ".yaml"));
        Assert.Contains("type: CV", yaml, StringComparison.Ordinal);
        Assert.Contains("to: Sở Tài chính", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_bytes_and_a_100_MB_file_are_refused_without_output()
    {
        using var folder = new TempFolder();
        var binary = folder.File("scan.txt");
        File.WriteAllBytes(binary, [0x4B, 0x00, 0xFF, 0xFE]);
        var huge = folder.File("huge.txt");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(100L * 1024 * 1024);
        }

        var run = CliRun.Of("import", binary, huge, "-o", folder.Path, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("scan.txt(1,2): error PG1012", run.Error, StringComparison.Ordinal);
        Assert.Contains("huge.txt: error PG1010", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.yaml"));
    }

    [Fact]
    public void A_folders_read_me_and_notes_are_skipped_and_named_at_verbose()
    {
        using var folder = new TempFolder();
        folder.File("in/a.txt", SmallPlan);
        folder.File("in/README.md", "# Kế hoạch của các đơn vị\n\nThư mục này chứa bản gốc các kế hoạch đã ban hành.\n");
        folder.File("in/ghi-chu.txt", "Nhớ xin ý kiến Phòng Tư pháp trước khi trình ký.\n");
        var output = Path.Combine(folder.Path, "out");

        var run = CliRun.Of("import", Path.Combine(folder.Path, "in"), "-o", output + Path.DirectorySeparatorChar, "--lang", "en");
        var verbose = CliRun.Of("import", Path.Combine(folder.Path, "in"), "-o", output + Path.DirectorySeparatorChar, "--force", "--verbose", "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("README.md", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "a.yaml")));
        Assert.False(File.Exists(Path.Combine(output, "README.yaml")));
        Assert.False(File.Exists(Path.Combine(output, "ghi-chu.yaml")));
        Assert.Equal(0, verbose.ExitCode);
        Assert.Contains("README.md: thông tin PG6007", verbose.Error, StringComparison.Ordinal);
        Assert.Contains("ghi-chu.txt: thông tin PG6007", verbose.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_named_on_the_command_line_that_holds_no_plan_is_still_an_error()
    {
        using var folder = new TempFolder();
        var notes = folder.File("README.md", "# Ghi chú\n");

        var run = CliRun.Of("import", notes, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG6002", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_imports_each_document_in_it()
    {
        using var folder = new TempFolder();
        folder.File("in/a.txt", SmallPlan);
        folder.File("in/b.txt", SmallPlan.Replace("Số: 12/", "Số: 13/", StringComparison.Ordinal));
        var output = Path.Combine(folder.Path, "out");
        Directory.CreateDirectory(output);

        var run = CliRun.Of("import", Path.Combine(folder.Path, "in"), "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("number: 13", File.ReadAllText(Path.Combine(output, "b.yaml")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "a.yaml")));
    }

    [Fact]
    public void The_imported_plan_names_its_schema_and_the_schema_is_written_beside_it()
    {
        using var folder = new TempFolder();
        var source = folder.File("ke-hoach.txt", SmallPlan);

        var run = CliRun.Of("import", source, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        var yaml = File.ReadAllText(Path.ChangeExtension(source, ".yaml"));
        Assert.StartsWith("# yaml-language-server: $schema=plan.schema.json\n", yaml, StringComparison.Ordinal);
        var schema = Path.Combine(folder.Path, "plan.schema.json");
        Assert.Contains("\"$schema\"", File.ReadAllText(schema), StringComparison.Ordinal);
        Assert.Equal(CliRun.Of("schema").Out.Trim(), File.ReadAllText(schema).Trim());
    }
}
