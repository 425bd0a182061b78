using System.Text;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Handoff;

/// <summary>
/// <c>plangen register FOLDER</c>: a batch built with <c>--metadata</c> as the outgoing register's
/// rows, in date order, on screen and as a CSV with a byte-order mark; a damaged or empty batch is a
/// clear error and nothing is written.
/// </summary>
public sealed class RegisterTests
{
    [Fact]
    public void A_built_batch_is_listed_in_date_order_as_a_table_and_as_a_CSV_Excel_reads()
    {
        using var temp = new TempFolder();
        var plans = new[] { "lao-cai-2024/so-gddt.yaml", "lao-cai-2024/ubnd-tinh-atgt-2024.yaml" }.Select(ExampleBuilds.PathOf).ToArray();
        Assert.Equal(0, CliRun.Of(["build", .. plans, "-o", temp.Path, "--metadata"]).ExitCode);

        var table = CliRun.Of("register", temp.Path, "--lang", "vi");
        var csvPath = Path.Combine(temp.Path, "so-di.csv");
        var csv = CliRun.Of("register", temp.Path, "--format", "csv", "-o", csvPath, "--lang", "en");

        Assert.True(table.ExitCode == 0, table.Error);
        Assert.Contains("Số, ký hiệu", table.Out, StringComparison.Ordinal);
        Assert.True(table.Out.IndexOf("68/KH-UBND", StringComparison.Ordinal) < table.Out.IndexOf("so-gddt.docx", StringComparison.Ordinal), table.Out);
        Assert.True(csv.ExitCode == 0, csv.Error);
        var bytes = File.ReadAllBytes(csvPath);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith("No.,Number and code,Date,Type and subject,Urgency,Signer", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1,68/KH-UBND,31/01/2024,Kế hoạch Bảo đảm an toàn giao thông năm 2024,", lines[1], StringComparison.Ordinal);
        Assert.Contains("Ủy ban ATGTQG (b/c)", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_metadata_file_or_a_folder_without_any_is_an_error_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var broken = temp.File("ke-hoach.meta.json", "{\n  \"type\": \"KH\",\n  \"number\": 68,,\n}\n");
        var empty = Directory.CreateDirectory(Path.Combine(temp.Path, "trong")).FullName;
        var csv = Path.Combine(temp.Path, "so-di.csv");

        var run = CliRun.Of("register", broken, empty, "--format", "csv", "-o", csv, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ke-hoach.meta.json(3,", run.Error, StringComparison.Ordinal);
        Assert.Contains("PG4050", run.Error, StringComparison.Ordinal);
        Assert.Contains("PG4052", run.Error, StringComparison.Ordinal);
        Assert.Contains("plangen build --metadata", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(csv));
    }

    [Fact]
    public void A_metadata_file_without_the_subject_is_named_with_the_field_and_nothing_is_listed()
    {
        using var temp = new TempFolder();
        var file = temp.File("to-trinh.meta.json", "{ \"type\": \"TTr\", \"type_name\": \"Tờ trình\", \"issuer\": \"Ban ATGT tỉnh\", \"docx\": \"to-trinh.docx\" }\n");

        var run = CliRun.Of("register", file, "--lang", "vi");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG4051", run.Error, StringComparison.Ordinal);
        Assert.Contains("'subject'", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Two_documents_with_one_number_are_both_listed_with_a_warning()
    {
        using var temp = new TempFolder();
        var plan = ExampleBuilds.PathOf("lao-cai-2024/ubnd-tinh-atgt-2024.yaml");
        Assert.Equal(0, CliRun.Of("build", plan, "-o", Path.Combine(temp.Path, "a.docx"), "--metadata").ExitCode);
        Assert.Equal(0, CliRun.Of("build", plan, "-o", Path.Combine(temp.Path, "b.docx"), "--metadata").ExitCode);

        var run = CliRun.Of("register", temp.Path, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning PG4053", run.Error, StringComparison.Ordinal);
        Assert.Contains("a.docx", run.Out, StringComparison.Ordinal);
        Assert.Contains("b.docx", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_register_never_replaces_the_metadata_file_it_lists()
    {
        using var temp = new TempFolder();
        var meta = Path.Combine(temp.Path, "a.meta.json");
        Assert.Equal(0, CliRun.Of("build", ExampleBuilds.PathOf("lao-cai-2024/so-gddt.yaml"), "-o", Path.Combine(temp.Path, "a.docx"), "--metadata").ExitCode);
        var before = File.ReadAllBytes(meta);

        var run = CliRun.Of("register", meta, "-o", meta, "--force", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG4006", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(meta));
    }
}
