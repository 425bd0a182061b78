using PlanGen.Tests.Check;
using PlanGen.Tests.Docx.Reading;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Hostile;

/// <summary>
/// One file's failure is that file's diagnostic and the batch goes on: DOCX files the reader takes
/// but the Open XML SDK refuses when --fix opens them (content types that lie, relationships to
/// missing parts, a header that is the main document, a DTD in [Content_Types].xml) are each named,
/// and the good file after them is still fixed.
/// </summary>
public sealed class BatchIsolationTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Refused() => ["content types that lie", "relationship to a missing part", "header that is the main document", "DTD in content types"];

    private static byte[] Make(string kind) => kind switch
    {
        "content types that lie" => RawDocx.Changed(CheckRun.LaoCai, "[Content_Types].xml", t => t.Replace("wordprocessingml.styles+xml", "wordprocessingml.numbering+xml", StringComparison.Ordinal)),
        "relationship to a missing part" => RawDocx.Changed(CheckRun.LaoCai, "word/_rels/document.xml.rels", t => t.Replace("</Relationships>",
            "<Relationship Id=\"rMissing\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer9.xml\"/></Relationships>", StringComparison.Ordinal)),
        "header that is the main document" => RawDocx.Changed(CheckRun.LaoCai, "word/_rels/document.xml.rels", t => t.Replace("Target=\"header1.xml\"", "Target=\"document.xml\"", StringComparison.Ordinal)),
        _ => RawDocx.Changed(CheckRun.LaoCai, "[Content_Types].xml", t => t.Replace("<Types", "<!DOCTYPE Types [<!ENTITY x \"y\">]><Types", StringComparison.Ordinal)),
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_file_the_fixer_cannot_open_is_named_and_the_next_file_is_fixed(string kind)
    {
        var bad = _temp.File("a-hong.docx");
        File.WriteAllBytes(bad, Make(kind));
        var good = _temp.File("b-tot.docx");
        File.WriteAllBytes(good, CheckRun.LaoCai);

        var run = HostileScratch.Run("check", bad, good, "--fix", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("plangen: error", run.Error, StringComparison.Ordinal);
        Assert.Contains(bad + ": error PG", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp.Path, "a-hong.fixed.docx")));
        Assert.True(File.Exists(Path.Combine(_temp.Path, "b-tot.fixed.docx")), run.Error);
    }

    [Fact]
    public void An_unexpected_failure_in_one_file_is_that_files_diagnostic()
    {
        var bag = new Core.Diagnostics.DiagnosticBag();

        var done = Core.Batch.FileFailure.Isolate("ke-hoach.docx", bag, () => throw new InvalidOperationException("hỏng"));

        Assert.False(done);
        var diagnostic = Assert.Single(bag.Items);
        Assert.Equal("PG4003", diagnostic.Id);
        Assert.Equal("ke-hoach.docx", diagnostic.Span.File);
        Assert.Contains("hỏng", diagnostic.Message("vi"), StringComparison.Ordinal);
    }
}
