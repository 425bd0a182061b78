using System.Security.Cryptography;
using PlanGen.Tests.Docx.Reading;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// Nothing the user gave is overwritten: an output that is an input is refused by import and
/// check --fix as by build (PG4006); two inputs of one batch never share an output (PG4008); and
/// build replaces a DOCX or PDF only when plangen wrote it, unless --force (PG4009).
/// </summary>
public sealed class InputKeptTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Pandoc => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Check", "Fixtures", "pandoc-lao-cai-2024.docx");

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private string Copy(string source, string name)
    {
        var path = _temp.File(name);
        File.Copy(source, path);
        return path;
    }

    [Theory]
    [InlineData("ke-hoach.docx")]
    [InlineData("ke-hoach.txt")]
    public void Import_refuses_to_write_over_its_input_even_with_force(string name)
    {
        var source = name.EndsWith(".txt", StringComparison.Ordinal) ? _temp.File(name, Import.ImportCommandTests.SmallPlan) : Copy(Pandoc, name);
        var before = Hash(source);

        var run = CliRun.Of("import", source, "-o", source, "--force", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG4006", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Hash(source));
    }

    [Fact]
    public void Check_fix_refuses_to_write_over_its_input()
    {
        var source = Copy(Pandoc, "van-ban.docx");
        var before = Hash(source);

        var run = CliRun.Of("check", source, "--fix", "-o", source, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG4006", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Hash(source));
    }

    [Theory]
    [InlineData("derive")]
    [InlineData("coverage")]
    public void Derive_and_coverage_refuse_to_write_over_the_parent_even_with_force(string command)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Examples, "lao-cai-2024")))
        {
            Copy(file, Path.GetFileName(file));
        }
        var parent = Path.Combine(_temp.Path, "ubnd-tinh-atgt-2024.yaml");
        var before = Hash(parent);

        var run = command == "derive"
            ? CliRun.Of("derive", parent, "--unit", "Sở Giáo dục và Đào tạo", "-o", parent, "--force", "--lang", "en")
            : CliRun.Of("coverage", parent, Path.Combine(_temp.Path, "so-gddt.yaml"), "--format", "csv", "-o", parent, "--force", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG4006", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Hash(parent));
    }

    [Theory]
    [InlineData("deadlines", "units.yaml")]
    [InlineData("coverage", "units.yaml")]
    [InlineData("deadlines", "ubnd-tinh-atgt-2024.yaml")]
    public void A_file_the_inputs_led_the_run_to_read_is_not_overwritten_even_with_force(string command, string target)
    {
        // units.yaml and the parent plan are not on the command line: the plans name them.
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Examples, "lao-cai-2024")))
        {
            Copy(file, Path.GetFileName(file));
        }
        var read = Path.Combine(_temp.Path, target);
        var before = Hash(read);
        var child = Path.Combine(_temp.Path, "so-gddt.yaml");

        var parent = Path.Combine(_temp.Path, "ubnd-tinh-atgt-2024.yaml");
        var run = command == "coverage"
            ? CliRun.Of("coverage", parent, child, "--format", "csv", "-o", read, "--force", "--lang", "vi")
            : CliRun.Of(command, child, "-o", read, "--force", "--lang", "vi");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{read}: lỗi PG4006: Tệp kết quả '{read}' là một tệp đầu vào", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Hash(read));
    }

    [Fact]
    public void Two_documents_of_one_name_do_not_import_into_one_plan()
    {
        var docx = Copy(Pandoc, "a.docx");
        var text = _temp.File("a.txt", Import.ImportCommandTests.SmallPlan);

        var run = CliRun.Of("import", docx, text, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Error.Split("PG4008").Length - 1);
        Assert.False(File.Exists(_temp.File("a.yaml")));
    }

    [Fact]
    public void Documents_of_one_name_in_two_folders_do_not_import_into_one_plan()
    {
        var first = Copy(Pandoc, "d1/a.docx");
        var second = Copy(Pandoc, "d2/a.docx");
        var output = Path.Combine(_temp.Path, "out");

        var run = CliRun.Of("import", first, second, "-o", output, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG4008", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.GetFiles(output, "*.yaml").Length > 0);
    }

    [Fact]
    public void Documents_of_one_name_in_two_folders_are_not_fixed_into_one_copy()
    {
        var first = Copy(Pandoc, "d1/a.docx");
        var second = Copy(Pandoc, "d2/a.docx");
        var output = Path.Combine(_temp.Path, "out") + Path.DirectorySeparatorChar;

        var run = CliRun.Of("check", first, second, "--fix", "-o", output, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Error.Split("PG4008").Length - 1);
        Assert.False(File.Exists(Path.Combine(output, "a.docx")));
    }

    [Fact]
    public void Import_then_build_keeps_the_imported_document()
    {
        var source = Copy(Pandoc, "ke-hoach.docx");
        var before = Hash(source);
        Assert.Equal(0, CliRun.Of("import", source).ExitCode);

        var run = CliRun.Of("build", Path.ChangeExtension(source, ".yaml"), "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG4009", run.Error, StringComparison.Ordinal);
        Assert.Contains("--force", run.Error, StringComparison.Ordinal);
        Assert.Contains("-o", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Hash(source));
        Assert.Empty(Directory.GetFiles(_temp.Path, "*.tmp"));
    }

    [Fact]
    public void Build_replaces_its_own_DOCX_and_a_foreign_one_only_with_force()
    {
        var plan = Path.Combine(TestPaths.Examples, "lao-cai-2024", "ubnd-tinh-atgt-2024.yaml");
        var docx = _temp.File("ke-hoach.docx");
        Assert.Equal(0, CliRun.Of("build", plan, "-o", docx).ExitCode);
        var built = Hash(docx);
        Assert.Equal(0, CliRun.Of("build", plan, "-o", docx).ExitCode);
        Assert.Equal(built, Hash(docx));

        File.WriteAllBytes(docx, RawDocx.Make(RawDocx.P("Bản do văn thư soạn")));
        var foreign = Hash(docx);
        var refused = CliRun.Of("build", plan, "-o", docx, "--lang", "vi");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("PG4009", refused.Error, StringComparison.Ordinal);
        Assert.Equal(foreign, Hash(docx));

        Assert.Equal(0, CliRun.Of("build", plan, "-o", docx, "--force").ExitCode);
        Assert.Equal(built, Hash(docx));
    }
}
