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
}
