using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

/// <summary>Messages a clerk meets on a first try end as sentences and say what to do, in both languages.</summary>
public sealed class ClerkSentencesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_file_that_is_not_there_is_told_in_whole_sentences()
    {
        var path = Path.Combine(_temp.Path, "Tải xuống", "kế hoạch.yaml");

        var vi = CliRun.Of("validate", path, "--lang", "vi").Error;
        var en = CliRun.Of("validate", path, "--lang", "en").Error;

        Assert.Contains("lỗi PG1011: Không đọc được tệp: không có tệp này. Kiểm tra tên tệp và thư mục đã ghi.\n", vi.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("error PG1011: Cannot read the file: there is no such file. Check the file name and the folder.\n", en.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_units_file_that_is_not_there_says_where_to_put_it_or_how_to_do_without()
    {
        var path = Path.Combine(_temp.Path, "ke-hoach.yaml");
        File.WriteAllText(path, "units: don-vi.yaml\nissuer:\n  name: Sở Y tế\n  code: SYT\n  place: Lào Cai\n  level: department\ntitle: Bảo đảm an toàn giao thông năm 2024\n");

        var vi = CliRun.Of("validate", path, "--lang", "vi").Error;
        var en = CliRun.Of("validate", path, "--lang", "en").Error;

        Assert.Contains("lỗi PG2014: Không tìm thấy tệp danh sách đơn vị 'don-vi.yaml'.", vi, StringComparison.Ordinal);
        Assert.Contains("gợi ý: Đặt tệp 'don-vi.yaml' vào cùng thư mục với kế hoạch, hoặc sửa đường dẫn ở khóa 'units:'", vi, StringComparison.Ordinal);
        Assert.Contains("hint: Put 'don-vi.yaml' in the plan's folder, or correct the path under 'units:'", en, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_written_wrong_says_where_to_read_how_to_write_it()
    {
        var vi = CliRun.Of("report", "init", "ke-hoach.yaml", "--unit", "Công an tỉnh", "--lang", "vi");
        var en = CliRun.Of("report", "init", "ke-hoach.yaml", "--unit", "Công an tỉnh", "--lang", "en");

        Assert.Contains("Xem cách ghi lệnh này: plangen report init --help", vi.Error, StringComparison.Ordinal);
        Assert.Contains("To see how this command is written, run: plangen report init --help", en.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_name_not_in_the_plan_says_to_write_it_as_the_plan_does()
    {
        var plan = Path.Combine(TestPaths.Repository, "examples", "lao-cai-2024", "ubnd-tinh-atgt-2024.yaml");

        var vi = CliRun.Of("derive", plan, "--unit", "Sở Gíao dục", "-o", Path.Combine(_temp.Path, "d.yaml"), "--lang", "vi").Error;
        var en = CliRun.Of("derive", plan, "--unit", "Sở Gíao dục", "-o", Path.Combine(_temp.Path, "d.yaml"), "--lang", "en").Error;

        Assert.Contains("gợi ý: Ghi tên đơn vị đúng như kế hoạch ghi; các tên gần nhất: ", vi, StringComparison.Ordinal);
        Assert.Contains("Sở Giáo dục và Đào tạo", vi, StringComparison.Ordinal);
        Assert.Contains("hint: Write the unit's name as the plan names it; the closest names: ", en, StringComparison.Ordinal);
    }
}
