using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;

namespace PlanGen.Tests.Docx;

public class DocxPackageTests
{
    [Fact]
    public void The_document_is_valid_against_the_Office_2019_schema()
    {
        using var docx = WrittenDocx.Sample();

        Assert.Empty(docx.SchemaErrors());
    }

    [Fact]
    public void A_minimal_document_without_header_title_or_signing_is_valid()
    {
        var tree = PlanGen.Core.Document.Markup.LayoutMarkupParser.Parse("<document><p>Một đoạn.</p></document>", "t").Document;
        using var docx = new WrittenDocx(SampleMarkup.Docx(tree));

        Assert.Empty(docx.SchemaErrors());
        Assert.Equal(["Một đoạn."], PlanGen.Docx.DocxText.Paragraphs(new MemoryStream(SampleMarkup.Docx(tree))));
    }

    [Fact]
    public void Two_writes_of_the_same_tree_are_byte_identical()
    {
        var tree = SampleMarkup.Tree();
        Assert.Equal(SampleMarkup.Docx(tree), SampleMarkup.Docx(tree));
    }

    [Fact]
    public void Culture_and_time_zone_do_not_change_the_bytes()
    {
        var tree = SampleMarkup.Tree();
        var reference = SampleMarkup.Docx(tree);
        var culture = CultureInfo.CurrentCulture;
        var zone = Environment.GetEnvironmentVariable("TZ");
        try
        {
            // A culture with another decimal separator and digits, and a zone far from UTC.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
            Environment.SetEnvironmentVariable("TZ", "Pacific/Kiritimati");
            TimeZoneInfo.ClearCachedData();
            Assert.Equal(reference, SampleMarkup.Docx(tree));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            Environment.SetEnvironmentVariable("TZ", zone);
            TimeZoneInfo.ClearCachedData();
        }
    }

    [Fact]
    public void Zip_entries_have_a_fixed_order_and_timestamp_and_no_random_ids()
    {
        using var zip = new ZipArchive(new MemoryStream(SampleMarkup.Docx()), ZipArchiveMode.Read);
        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/_rels/document.xml.rels",
             "word/styles.xml", "word/settings.xml", "word/header1.xml", "word/header2.xml"],
            zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        Assert.DoesNotContain("w:rsid", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("w14:paraId", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_properties_come_from_the_markup_only()
    {
        using var docx = WrittenDocx.Sample();
        var core = docx.Package.PackageProperties;
        Assert.Equal("Kế hoạch bảo đảm an toàn giao thông năm 2024", core.Title);
        Assert.Equal("An toàn giao thông", core.Subject);
        Assert.Equal("UBND tỉnh Lào Cai", core.Creator);
        Assert.Equal(new DateTime(2024, 1, 31), core.Created!.Value.ToUniversalTime().Date);
        Assert.Equal(core.Created, core.Modified);
    }

    [Fact]
    public void A_document_without_properties_has_no_dates()
    {
        var tree = SampleMarkup.Tree() with { Properties = PlanGen.Core.Document.LayoutProperties.Empty };
        using var docx = new WrittenDocx(SampleMarkup.Docx(tree));
        Assert.Null(docx.Package.PackageProperties.Created);
        Assert.Null(docx.Package.PackageProperties.Title);
    }
}
