using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Tests.Check;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Pdf;

/// <summary>
/// Footnotes come back from a PDF as from a DOCX: a Thông báo citing a directive in a note, built
/// and printed by LibreOffice, imports with each <c>[^n]</c> where its raised mark stood and the
/// notes from the foot of the page as its <c>footnotes:</c> list, their italics kept; the notes'
/// words are not read into the body.
/// </summary>
public sealed class PdfFootnoteImportTests
{
    private const string Directive = "Chỉ thị số 23-CT/TW ngày 25/5/2018 của *Ban Bí thư* về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an toàn giao thông đường bộ, đường sắt, đường thủy nội địa và khắc phục ùn tắc giao thông.";
    private const string Criteria = "Số vụ, số người chết và số người bị thương.";

    [LibreOfficeFact]
    public void A_notice_printed_to_pdf_imports_with_its_footnotes_where_their_marks_stood()
    {
        using var temp = new TempFolder();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Examples, "khanh-hoa-2021")))
        {
            File.Copy(file, Path.Combine(temp.Path, Path.GetFileName(file)));
        }
        var source = Path.Combine(temp.Path, "tb-ket-luan-so-ket.yaml");
        var yaml = File.ReadAllText(source)
            .Replace("ngày 17/3/2021. Sau", "ngày 17/3/2021[^1]. Sau", StringComparison.Ordinal)
            .Replace("giảm cả ba tiêu chí;", "giảm cả ba tiêu chí[^2];", StringComparison.Ordinal);
        File.WriteAllText(source, yaml + $"\nfootnotes:\n  - \"{Directive}\"\n  - \"{Criteria}\"\n");
        var bag = new DiagnosticBag();
        var built = PlanBuild.Check(TestRun.New(), source, null, bag);
        Assert.True(built is not null, CheckRun.Show(bag.Items));
        var folder = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(folder);
        var docx = Path.Combine(folder, "thong-bao.docx");
        File.WriteAllBytes(docx, built.Docx);
        LibreOffice.ConvertToPdf(folder, [docx]);

        var imported = PlanImporter.Import(TestRun.New(), Path.ChangeExtension(docx, ".pdf"), Path.Combine(folder, "thong-bao.yaml"), null, bag);

        Assert.True(imported is not null, CheckRun.Show(bag.Items));
        Assert.False(bag.HasErrors, CheckRun.Show(bag.Items));
        Assert.Equal([Directive, Criteria], imported.Document.Footnotes);
        Assert.Contains("ngày 17/3/2021[^1]. Sau", imported.Yaml, StringComparison.Ordinal);
        Assert.Contains("giảm cả ba tiêu chí[^2];", imported.Yaml, StringComparison.Ordinal);
        // The notes are read once, as notes: none of their words is left in the body.
        Assert.Equal(2, imported.Yaml.Split("Số vụ, số người chết").Length);
    }
}
