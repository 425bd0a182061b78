using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// A copied letter prints its header boxes side by side, so several lines each hold two boxes:
/// the import reads them apart and says so once for the document, naming the boxes each line held.
/// </summary>
public sealed class HeaderLinesApartTests : IDisposable
{
    private static string Letter => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Corpus", "ke-hoach", "2024-tw-doan-225-kh.txt");

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Import(string language) =>
        CliRun.Of("import", Letter, "-o", Path.Combine(_temp.Path, language + ".yaml"), "--lang", language).Error;

    private static List<string> Lines(string text, string code) => [.. text.Split('\n').Where(l => l.Contains(code, StringComparison.Ordinal))];

    [Fact]
    public void Header_lines_read_apart_are_told_once_with_each_lines_own_boxes()
    {
        var vi = Assert.Single(Lines(Import("vi"), "tách các ô của phần đầu"));
        var en = Assert.Single(Lines(Import("en"), "read apart the header boxes"));

        Assert.Contains("(1,1): cảnh báo PG6006: Tại dòng 1, khi nhập văn bản, plangen đã tách các ô của phần đầu văn bản mà trang in chung trên một dòng (dòng 1: tên cơ quan ban hành; dòng 5: số, ký hiệu văn bản cùng địa danh và ngày tháng)", vi, StringComparison.Ordinal);
        Assert.EndsWith("Tổng cộng 2 dòng như vậy: dòng 1, 5.", vi, StringComparison.Ordinal);
        Assert.Contains("(line 1: issuing body; line 5: number line (Số: …) and place and date line)", en, StringComparison.Ordinal);
        Assert.EndsWith("The same holds on 2 lines in all: lines 1, 5.", en, StringComparison.Ordinal);
        // Line 1 held the issuer's two lines only, not the number or the date.
        Assert.DoesNotContain("dòng 1: tên cơ quan ban hành cùng số", vi, StringComparison.Ordinal);
        Assert.DoesNotContain("(issuer, number, place and date, type)", en, StringComparison.Ordinal);
    }
}
