using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Yaml;

/// <summary>Inputs too large, binary or deep to keep as case files are made here; each must fail cleanly at its place.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Diagnostic Single(DiagnosticBag bag)
    {
        var errors = bag.Items.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Single(errors);
        return errors[0];
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_before_reading()
    {
        var path = _temp.File("big.yaml", "title: " + new string('x', 10 * 1024 * 1024) + "\n");

        var error = Single(Diagnose.Plan(path));

        Assert.Equal(DiagnosticCode.FileTooLarge, error.Code);
        Assert.Contains("10.0 MB", error.Message("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_file_is_refused_at_the_first_invalid_byte()
    {
        var path = _temp.File("binary.yaml");
        File.WriteAllBytes(path, [(byte)'a', (byte)':', (byte)' ', (byte)'b', (byte)'\n', (byte)'c', (byte)':', 0xFF, 0x00]);

        var error = Single(Diagnose.Plan(path));

        Assert.Equal(DiagnosticCode.NotText, error.Code);
        Assert.Equal((1, 2), (error.Span.StartLine, error.Span.StartColumn));
    }

    [Fact]
    public void Invalid_byte_deep_in_a_long_Vietnamese_file_is_placed_at_its_line_and_column()
    {
        var line = "  - Tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông đường bộ\n";
        var head = System.Text.Encoding.UTF8.GetBytes("items:\n" + string.Concat(Enumerable.Repeat(line, 3000)) + "  - Kế hoạch ");
        var path = _temp.File("late.yaml");
        File.WriteAllBytes(path, [.. head, 0xC3, 0x28, (byte)'\n']);

        var error = Single(Diagnose.Plan(path));

        Assert.Equal(DiagnosticCode.NotText, error.Code);
        Assert.Equal((3001, "  - Kế hoạch ".Length), (error.Span.StartLine, error.Span.StartColumn));
        Assert.Contains(head.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_byte_on_the_first_line_after_a_byte_order_mark_is_counted_from_the_text()
    {
        var path = _temp.File("bom.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("tên: Kế"), 0xFF, (byte)'\n']);

        var error = Single(Diagnose.Plan(path));

        Assert.Equal((0, "tên: Kế".Length), (error.Span.StartLine, error.Span.StartColumn));
    }

    [Fact]
    public void Nul_byte_before_an_invalid_byte_is_the_fault_named()
    {
        var path = _temp.File("nul-first.yaml");
        File.WriteAllBytes(path, [(byte)'a', (byte)':', (byte)' ', 0x00, (byte)'\n', (byte)'b', (byte)':', 0xFF]);

        var error = Single(Diagnose.Plan(path));

        Assert.Equal(DiagnosticCode.NotText, error.Code);
        Assert.Equal((0, 3), (error.Span.StartLine, error.Span.StartColumn));
    }

    [Fact]
    public void Nul_byte_marks_a_binary_file()
    {
        var path = _temp.File("nul.yaml");
        File.WriteAllBytes(path, [(byte)'a', (byte)':', 0x00]);

        Assert.Equal(DiagnosticCode.NotText, Single(Diagnose.Plan(path)).Code);
    }

    [Fact]
    public void Twenty_thousand_nested_brackets_fail_at_the_depth_limit_without_overflowing_the_stack()
    {
        var path = _temp.File("deep.yaml", "title: " + new string('[', 20_000) + new string(']', 20_000) + "\n");

        var error = Single(Diagnose.Plan(path));

        Assert.Equal(DiagnosticCode.NestingTooDeep, error.Code);
        Assert.Equal(0, error.Span.StartLine);
        // The title is at depth 1, so the 65th bracket (column 7 + 64) is the first past the limit.
        Assert.Equal(7 + 64, error.Span.StartColumn);
    }

    [Fact]
    public void Missing_file_is_reported_with_its_path()
    {
        var path = Path.Combine(_temp.Path, "absent.yaml");

        var error = Single(Diagnose.Plan(path));

        Assert.Equal(DiagnosticCode.FileUnreadable, error.Code);
        Assert.Equal(path, error.Span.File);
    }

    [Fact]
    public void Every_message_exists_in_both_languages()
    {
        foreach (var code in Enum.GetValues<DiagnosticCode>())
        {
            var english = DiagnosticMessages.Format(code, "en", ["a", "b", "c", "d"]);
            var vietnamese = DiagnosticMessages.Format(code, "vi", ["a", "b", "c", "d"]);
            Assert.NotEqual(DiagnosticMessages.Id(code), english);
            Assert.NotEqual(english, vietnamese);
        }
    }
}
