using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Templating;

/// <summary>The header box of a built DOCX breaks the bodies' names where a clerk would, with both templates.</summary>
public sealed class HeaderBoxDocxTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Templates() => ["ke-hoach-atgt", "ke-hoach-thi-dua"];

    private List<string> HeaderLines(string governing, string issuer, string template)
    {
        var path = _temp.File("plan.yaml", $"""
            issuer:
              governing_body: "{governing}"
              name: "{issuer}"
              code: UBND
              place: Tân Lập
              level: commune
            title: Bảo đảm trật tự an toàn giao thông năm 2024
            """);
        var diagnostics = new DiagnosticBag();
        var plan = PlanPipeline.LoadChecked(TestRun.New(), path, diagnostics);
        var rendered = plan is null ? null : PlanRenderer.Default.Render(TestRun.New(), plan, template, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
        using var stream = new MemoryStream(rendered!.Docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var firstCell = document.MainDocumentPart!.Document!.Body!.Descendants<TableCell>().First();
        return [.. firstCell.Elements<Paragraph>().Select(p => string.Concat(p.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            Break => "\n",
            _ => "",
        })))];
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_commune_committee_breaks_before_its_place_not_inside_it(string template)
    {
        var lines = HeaderLines("Ủy ban nhân dân huyện Bảo Thắng", "Ủy ban nhân dân xã Tân Lập", template);

        Assert.Equal("ỦY BAN NHÂN DÂN\nHUYỆN BẢO THẮNG", lines[0]);
        Assert.Equal("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP", lines[1]);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_line_break_written_in_the_name_is_where_the_line_breaks(string template)
    {
        var lines = HeaderLines("UBND huyện Bảo Thắng", "Ban An toàn giao thông\\nxã Tân Lập", template);

        Assert.Equal("UBND HUYỆN BẢO THẮNG", lines[0]);
        Assert.Equal("BAN AN TOÀN GIAO THÔNG\nXÃ TÂN LẬP", lines[1]);
    }
}
