using System.Text.Json;
using System.Text.RegularExpressions;
using PlanGen.Tests.Handoff;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Pdf;

public sealed partial class PdfOutputTests
{
    [LibreOfficeFact]
    public void Build_pdf_metadata_carries_the_page_count_of_the_PDF_written_beside_it()
    {
        using var temp = new TempFolder();
        var docx = Path.Combine(temp.Path, "bao-cao.docx");

        var run = CliRun.Of("build", Example("lao-cai-2024/bc-so-gddt-6-thang-2024.yaml"), "-o", docx, "--pdf", "--metadata");

        Assert.True(run.ExitCode == 0, run.Error);
        var text = File.ReadAllText(Path.Combine(temp.Path, "bao-cao.meta.json"));
        MetadataTests.AssertValid(text);
        var pdf = Path.Combine(temp.Path, "bao-cao.pdf");
        var pages = int.Parse(Regex.Match(LibreOffice.Info(pdf, 1), @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(pages, json.RootElement.GetProperty("pages").GetInt32());
        Assert.Equal("bao-cao.pdf", json.RootElement.GetProperty("pdf").GetString());
        Assert.Equal("BC", json.RootElement.GetProperty("type").GetString());
    }
}
