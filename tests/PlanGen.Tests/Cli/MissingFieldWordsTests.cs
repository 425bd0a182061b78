using PlanGen.Tests.Support;

namespace PlanGen.Tests.Cli;

/// <summary>
/// A required field left out is named as a clerk knows it (trích yếu, ký hiệu cơ quan), with its
/// key, the part of the file it belongs in and what to write there, in both languages.
/// </summary>
public sealed class MissingFieldWordsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Plan(string text)
    {
        var path = Path.Combine(_temp.Path, "ke-hoach.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_missing_title_is_named_as_the_subject_line_at_the_top_level_with_what_to_write()
    {
        var path = Plan("issuer:\n  name: Sở Y tế\n  code: SYT\n  place: Lào Cai\n  level: department\n");

        var vi = CliRun.Of("validate", path, "--lang", "vi").Error;
        var en = CliRun.Of("validate", path, "--lang", "en").Error;

        Assert.Contains("(1,1): lỗi PG1005: Thiếu trích yếu nội dung (khóa bắt buộc 'title') ở cấp ngoài cùng của tệp.", vi, StringComparison.Ordinal);
        Assert.Contains("gợi ý: Thêm dòng 'title: …' ở đầu dòng, không thụt lề, như các khóa ngoài cùng khác. Ghi vào đó: Trích yếu nội dung;", vi, StringComparison.Ordinal);
        Assert.Contains("(1,1): error PG1005: The required field 'title' (trích yếu — the subject line) is missing at the top level of the file.", en, StringComparison.Ordinal);
        Assert.Contains("hint: Add a line 'title: …' at the start of a line, not indented,", en, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_inside_the_issuer_names_the_issuer_and_the_line_its_keys_start_on()
    {
        var path = Plan("title: Bảo đảm an toàn giao thông năm 2024\nissuer:\n  name: Sở Y tế\n  place: Lào Cai\n  level: department\n");

        var vi = CliRun.Of("validate", path, "--lang", "vi").Error;
        var en = CliRun.Of("validate", path, "--lang", "en").Error;

        Assert.Contains("(3,3): lỗi PG1005: Thiếu ký hiệu cơ quan trong số văn bản (khóa bắt buộc 'code') trong cơ quan ban hành (issuer), có các khóa từ dòng 3.", vi, StringComparison.Ordinal);
        Assert.Contains("gợi ý: Thêm dòng 'code: …' dưới dòng 3, thụt lề như các khóa khác của cơ quan ban hành (issuer). Ghi vào đó: Ký hiệu cơ quan trong số văn bản: …/KH-UBND.", vi, StringComparison.Ordinal);
        Assert.Contains("error PG1005: The required field 'code' (the body's code in the number) is missing in the issuing body (issuer), whose keys start at line 3.", en, StringComparison.Ordinal);
        Assert.DoesNotContain("Thiếu khóa bắt buộc 'issuer.code'", vi, StringComparison.Ordinal);
    }
}
