using PlanGen.Core.Document;
using PlanGen.Tests.Docx;

namespace PlanGen.Tests.Document;

public class LayoutDumpTests
{
    [Fact]
    public void Dump_shows_one_indented_line_per_node_with_numbers_and_emphasis()
    {
        var lines = LayoutDump.ToText(SampleMarkup.Tree()).Split('\n');
        Assert.Equal("document", lines[0]);
        Assert.Contains("  title KẾ HOẠCH: Bảo đảm an toàn giao thông↵năm 2024", lines);
        Assert.Contains("  part I. MỤC TIÊU, YÊU CẦU", lines);
        Assert.Contains("    clause 1. Mục tiêu", lines);
        Assert.Contains("      clause 1.1", lines);
        Assert.Contains("        p: 1.1 Giảm tai nạn giao thông.", lines);
        Assert.Contains("            p: + Báo Lào Cai", lines);
        Assert.Contains("          p: - trên mạng **xã hội**", lines);
        Assert.Contains("    recipient: - Lưu: VT, XD1.", lines);
        Assert.Contains("    table 5% 35% 15% 15% 20% 10%", lines);
        Assert.Contains("      item 2.1: Kiểm tra đường thủy | Quý II | Sở GTVT", lines);
        Assert.Contains("      group I (keep with next): Công tác lãnh đạo chỉ đạo (spans 5)", lines);
    }

    [Fact]
    public void Dump_is_stable_for_the_same_tree()
    {
        var tree = SampleMarkup.Tree();
        Assert.Equal(LayoutDump.ToText(tree), LayoutDump.ToText(SampleMarkup.Tree()));
    }
}
