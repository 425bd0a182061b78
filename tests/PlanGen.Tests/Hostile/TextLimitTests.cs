using System.Text;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// The text reader on what pdftotext and hostile hands write: form feeds between pages are page
/// breaks, not forbidden characters; lines that join into one huge paragraph are joined in one pass.
/// </summary>
public sealed class TextLimitTests
{
    private static string Fixture => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Import", "Fixtures", "ubnd-tinh-atgt-2024.pdftotext.txt");

    [Fact]
    public void Real_pdftotext_output_with_form_feeds_imports()
    {
        using var folder = new TempFolder();
        var source = folder.File("ke-hoach-68.txt");
        File.Copy(Fixture, source);
        Assert.Contains('\f', File.ReadAllText(source));

        var run = HostileScratch.Run("import", source, "--lang", "en");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("PG1102", run.Error, StringComparison.Ordinal);
        Assert.Contains("68/KH-UBND", File.ReadAllText(Path.ChangeExtension(source, ".yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_feed_is_a_page_break_inside_a_paragraph_and_other_controls_are_still_refused()
    {
        using var folder = new TempFolder();
        var feed = folder.File("trang.txt", "KẾ HOẠCH\n\n1. Các sở, ban, ngành tham gia\n\f\ncông tác bảo đảm an toàn.\n");
        var bell = folder.File("chuong.txt", "KẾ HOẠCH\n\u0007\n");

        var paragraphs = TextDocumentReader.ReadText(File.ReadAllText(feed), feed).Body.OfType<Paragraph>().Select(p => p.Text).ToList();
        var diagnostics = new Core.Diagnostics.DiagnosticBag();
        Assert.NotNull(new TextDocumentReader().Read(feed, diagnostics));
        Assert.Empty(diagnostics.Items);
        Assert.Null(new TextDocumentReader().Read(bell, diagnostics));

        Assert.Equal(["KẾ HOẠCH", "1. Các sở, ban, ngành tham gia công tác bảo đảm an toàn."], paragraphs);
        Assert.Equal("PG1102", Assert.Single(diagnostics.Items).Id);
    }

    [Fact]
    public void Four_hundred_thousand_lines_join_into_one_paragraph_in_one_pass()
    {
        var text = new StringBuilder("KẾ HOẠCH\n\n1. Nội dung gồm\n");
        for (var i = 0; i < 400_000; i++)
        {
            text.Append("và các việc\n");
        }

        // No time is asserted; the deadline only keeps a quadratic join from stalling the suite.
        var document = HostileScratch.Within(TimeSpan.FromMinutes(1), () => TextDocumentReader.ReadText(text.ToString(), "dai.txt"));

        var paragraphs = document.Body.OfType<Paragraph>().ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(4 + (400_000 * 3), paragraphs[1].Text.Split(' ').Length);
    }
}
