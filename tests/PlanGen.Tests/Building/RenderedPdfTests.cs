using System.Text.RegularExpressions;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Building;

/// <summary>
/// The examples as LibreOffice prints them: they convert, page 1 carries no page number, page 2
/// shows "2" at the top, and the Lào Cai appendix pages are landscape.
/// </summary>
public sealed partial class RenderedPdfTests
{
    [GeneratedRegex(@"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();

    [LibreOfficeFact]
    public void Examples_print_with_page_numbers_from_page_two_and_a_landscape_appendix()
    {
        using var temp = new TempFolder();
        var files = new List<string>();
        foreach (var example in ExampleBuilds.Seeds.Keys)
        {
            var docx = Path.Combine(temp.Path, Path.GetFileNameWithoutExtension(example) + ".docx");
            File.WriteAllBytes(docx, ExampleBuilds.Render(example).Docx);
            files.Add(docx);
        }

        LibreOffice.ConvertToPdf(temp.Path, files);

        foreach (var docx in files)
        {
            var pdf = Path.ChangeExtension(docx, ".pdf");
            Assert.True(File.Exists(pdf), $"{Path.GetFileName(docx)} did not convert");
            var pages = int.Parse(Regex.Match(LibreOffice.Info(pdf, 1), @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(pages >= 2, $"{Path.GetFileName(pdf)} has {pages} page(s)");
            var first = Lines(LibreOffice.PageText(pdf, 1));
            Assert.DoesNotContain("1", first);
            Assert.StartsWith("ỦY BAN NHÂN DÂN", first[0].Trim(), StringComparison.Ordinal);
            Assert.Equal("2", Lines(LibreOffice.PageText(pdf, 2))[0].Trim());
        }

        var laoCai = Path.Combine(temp.Path, "ubnd-tinh-atgt-2024.pdf");
        var sizes = PageSize().Matches(LibreOffice.Info(laoCai, 99)).Select(m => double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > double.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.False(sizes[0], "page 1 must be portrait");
        Assert.True(sizes[^1], "the last (appendix) page must be landscape");
        Assert.Contains("Phụ lục", LibreOffice.PageText(laoCai, sizes.IndexOf(true) + 1), StringComparison.Ordinal);
    }

    private static List<string> Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
