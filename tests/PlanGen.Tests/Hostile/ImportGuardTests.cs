using System.IO.Compression;
using PlanGen.Tests.Check;
using PlanGen.Tests.Docx.Reading;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// What import and its neighbours check before they trust: the plan import writes is held to every
/// limit validate applies; a macro-enabled document is fixed into one Word opens; --template is
/// checked before a document is read; "--" ends the options; a YAML parent is YAML whatever its
/// comments say.
/// </summary>
public sealed class ImportGuardTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_writes_no_plan_over_the_plan_size_cap()
    {
        var line = RawDocx.P("Tiếp tục rà soát, xử lý các điểm đen, điểm tiềm ẩn tai nạn giao thông trên các tuyến quốc lộ và tỉnh lộ qua địa bàn.");
        var body = RawDocx.P("KẾ HOẠCH") + RawDocx.P("Bảo đảm an toàn giao thông") + RawDocx.P("I. MỤC ĐÍCH") + string.Concat(Enumerable.Repeat(line, 60_000));
        var source = _temp.File("rat-dai.docx");
        File.WriteAllBytes(source, RawDocx.Make(body));

        var run = HostileScratch.Run("import", source, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG6005", run.Error, StringComparison.Ordinal);
        Assert.Contains("MB", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.ChangeExtension(source, ".yaml")));
    }

    private static byte[] MacroEnabled(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            RawDocx.Rewrite(zip, "[Content_Types].xml", t => t
                .Replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "application/vnd.ms-word.document.macroEnabled.main+xml", StringComparison.Ordinal)
                .Replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>", StringComparison.Ordinal));
            RawDocx.Rewrite(zip, "word/_rels/document.xml.rels", t => t.Replace("</Relationships>",
                "<Relationship Id=\"rVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>", StringComparison.Ordinal));
            using var vba = zip.CreateEntry("word/vbaProject.bin").Open();
            vba.Write("không phải macro thật"u8);
        }
        return stream.ToArray();
    }

    private static string ContentTypes(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var reader = new StreamReader(zip.GetEntry("[Content_Types].xml")!.Open());
        return reader.ReadToEnd() + string.Join('\n', zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void A_docm_is_fixed_into_a_docm()
    {
        var source = _temp.File("ke-hoach.docm");
        File.WriteAllBytes(source, MacroEnabled(CheckRun.LaoCai));

        var run = CliRun.Of("check", source, "--fix", "--lang", "en");

        HostileScratch.AssertNoCrash(run);
        var fixedCopy = Path.Combine(_temp.Path, "ke-hoach.fixed.docm");
        Assert.True(File.Exists(fixedCopy), run.Error);
        Assert.False(File.Exists(Path.Combine(_temp.Path, "ke-hoach.fixed.docx")));
        var types = ContentTypes(fixedCopy);
        Assert.Contains("application/vnd.ms-word.document.macroEnabled.main+xml", types, StringComparison.Ordinal);
        Assert.Contains("vbaProject.bin", types, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docm_fixed_into_a_docx_loses_its_macros_and_says_so()
    {
        var source = _temp.File("ke-hoach.docm");
        File.WriteAllBytes(source, MacroEnabled(CheckRun.LaoCai));
        var output = Path.Combine(_temp.Path, "ban-sua.docx");

        var run = CliRun.Of("check", source, "--fix", "-o", output, "--lang", "en");

        HostileScratch.AssertNoCrash(run);
        Assert.Contains("PG5102", run.Error, StringComparison.Ordinal);
        var types = ContentTypes(output);
        Assert.Contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", types, StringComparison.Ordinal);
        Assert.DoesNotContain("macroEnabled", types, StringComparison.Ordinal);
        Assert.DoesNotContain("vbaProject.bin", types, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_checks_its_template_before_it_reads_a_document()
    {
        var missing = Path.Combine(_temp.Path, "khong-co.docx");

        var run = CliRun.Of("import", missing, "--template", "../../etc", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PG3001", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("khong-co.docx", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("import", _temp.File("a.txt", Import.ImportCommandTests.SmallPlan), "--template", "ke-hoach-atgt").ExitCode);
    }

    [Fact]
    public void Double_dash_ends_the_options()
    {
        File.Copy(Path.Combine(TestPaths.Examples, "lao-cai-2024", "ubnd-tinh-atgt-2024.yaml"), Path.Combine(_temp.Path, "-x.yaml"));
        File.Copy(Path.Combine(TestPaths.Examples, "lao-cai-2024", "units.yaml"), Path.Combine(_temp.Path, "units.yaml"));

        var run = CliProcess.RunIn(_temp.Path, [], "build", "--", "-x.yaml");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(_temp.Path, "-x.docx")));
        Assert.Equal(2, CliProcess.RunIn(_temp.Path, [], "build", "-x.yaml").ExitCode);
    }

    [Fact]
    public void A_yaml_parent_with_PDF_in_a_comment_near_its_top_is_read_as_yaml()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Examples, "lao-cai-2024")))
        {
            File.Copy(file, Path.Combine(_temp.Path, Path.GetFileName(file)));
        }
        var parent = Path.Combine(_temp.Path, "ubnd-tinh-atgt-2024.yaml");
        File.WriteAllText(parent, "# %PDF-1.7 — bản in kèm theo: ubnd-tinh-atgt-2024.pdf\n" + File.ReadAllText(parent));

        var run = CliRun.Of("validate", Path.Combine(_temp.Path, "so-gddt.yaml"), "--lang", "en");

        Assert.True(run.ExitCode == 0, run.Error);
    }
}
