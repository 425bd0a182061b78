using PlanGen.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Docx;

public class DocxDumpTests
{
    [Fact]
    public void Dump_has_one_line_per_paragraph_with_style_alignment_and_run_emphasis()
    {
        var lines = DocxDump.ToText(new MemoryStream(SampleMarkup.Docx())).Split('\n');
        Assert.Equal("table", lines[0]);
        Assert.Contains("      HeaderIssuer | center | \"BAN AN TOÀN GIAO THÔNG\" b 13", lines);
        Assert.Contains("      PlaceDate | center | \"Lào Cai, ngày 31 tháng 01 năm 2024\" i 14", lines);
        Assert.Contains("Subject | center | \"Bảo đảm an toàn giao thông↵năm 2024\" b 14", lines);
        Assert.Contains("Body | both | \"- trên mạng \" 14 | \"xã hội\" b 14", lines);
        Assert.Contains("      RecipientsHeading | left | \"Nơi nhận:\" b i 12", lines);
        Assert.Contains("section portrait 11906x16838 margins 1134/850/1134/1701 titlePg", lines);
        Assert.Contains("  row header cantSplit", lines);
        Assert.Contains("    cell span 5", lines);
        Assert.Equal("section landscape 16838x11906 margins 1134/850/1134/1701", lines[^2]);
    }

    [Fact]
    public void Dump_is_the_same_for_the_same_tree() =>
        Assert.Equal(DocxDump.ToText(new MemoryStream(SampleMarkup.Docx())), DocxDump.ToText(new MemoryStream(SampleMarkup.Docx())));

    [Fact]
    public void Text_lists_paragraphs_and_cells_in_reading_order()
    {
        var paragraphs = DocxText.Paragraphs(new MemoryStream(SampleMarkup.Docx())).ToList();
        Assert.Equal("UBND TỈNH LÀO CAI", paragraphs[0]);
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", paragraphs[paragraphs.IndexOf("Số: 68/KH-UBND") + 1]);
        Assert.Contains("Bảo đảm an toàn giao thông\nnăm 2024", paragraphs);
        Assert.True(paragraphs.IndexOf("- Lưu: VT, XD1.") < paragraphs.IndexOf("TM. ỦY BAN NHÂN DÂN"));
        Assert.True(paragraphs.IndexOf("Trên đây là Kế hoạch bảo đảm an toàn giao thông năm 2024./.") < paragraphs.IndexOf("Nơi nhận:"));
        Assert.Equal("Ghi chú", paragraphs[paragraphs.IndexOf("STT") + 5]);
    }
}
