using System.IO.Compression;

namespace PlanGen.Tests.Docx;

/// <summary>Which parts of a DOCX are deflated: the large ones; the small ones are stored as they are.</summary>
public class PackageCompressionTests
{
    [Fact]
    public void Small_parts_are_stored_and_the_document_and_styles_are_deflated()
    {
        using var zip = new ZipArchive(new MemoryStream(SampleMarkup.Docx()), ZipArchiveMode.Read);
        var deflated = zip.Entries.Where(e => e.CompressedLength < e.Length).Select(e => e.FullName).Order(StringComparer.Ordinal);
        Assert.Equal(["word/document.xml", "word/styles.xml"], deflated);
        Assert.All(zip.Entries.Where(e => e.Length < 2048), e => Assert.Equal(e.Length, e.CompressedLength));
    }

    [Fact]
    public void A_document_with_stored_parts_still_reads_back_whole()
    {
        var bytes = SampleMarkup.Docx();
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(entry.Length, copy.Length);
        }
        Assert.Equal(bytes, SampleMarkup.Docx());
    }
}
