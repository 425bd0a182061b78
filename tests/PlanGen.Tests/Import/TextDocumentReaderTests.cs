using PlanGen.Core.Document;
using PlanGen.Core.Document.Reading;

namespace PlanGen.Tests.Import;

/// <summary>Text as pdftotext writes it: broken lines, page numbers, Markdown marks, tables broken over pages.</summary>
public sealed class TextDocumentReaderTests
{
    private static List<Block> Read(string text) => [.. TextDocumentReader.ReadText(text, "plan.txt").Body];

    [Fact]
    public void A_line_broken_mid_sentence_joins_the_paragraph_and_a_page_number_is_dropped()
    {
        var blocks = Read("1. Bám sát các nội dung theo các giai\n\n12\n\nđoạn; phát huy sức mạnh.\n2. Tiếp theo.");

        var paragraphs = blocks.OfType<Paragraph>().ToList();
        Assert.Equal(["1. Bám sát các nội dung theo các giai đoạn; phát huy sức mạnh.", "2. Tiếp theo."], paragraphs.Select(p => p.Text));
        Assert.Equal(SourcePlace.OfLine(6), paragraphs[1].Place);
    }

    [Fact]
    public void A_point_in_lower_case_starts_its_own_paragraph()
    {
        var blocks = Read("1. Ban An toàn giao thông tỉnh\na) Chủ động tham mưu.\nb) Phối hợp chặt chẽ");

        Assert.Equal(3, blocks.Count);
    }

    [Fact]
    public void Markdown_marks_become_emphasis_and_a_hard_break_is_kept()
    {
        var blocks = Read("### **KẾ HOẠCH**  \n**Phát động phong trào**  \n**bảo đảm trật tự**\n\nVới chủ đề “*Thượng tôn pháp luật*” như sau:");

        var title = (Paragraph)blocks[1];
        Assert.Equal("KẾ HOẠCH", ((Paragraph)blocks[0]).Text);
        Assert.Equal("Phát động phong trào\nbảo đảm trật tự", title.Text);
        Assert.All(title.Runs.Where(r => !r.IsBreak), r => Assert.True(r.Bold));
        Assert.Contains(((Paragraph)blocks[2]).Runs, r => r.Italic && r.Text == "Thượng tôn pháp luật");
    }

    [Fact]
    public void Header_row_repeated_at_a_page_break_is_dropped_and_the_split_row_joined()
    {
        var blocks = Read("STT\tNội dung\tThời gian\nI\tCông tác\t\n6\tXây dựng tiêu chí\tTháng 02\n\n\nSTT\tNội dung\tThời gian\n\tđánh giá, xếp loại\t/2024\n7\tĐôn đốc\tQuý I");

        var table = Assert.Single(blocks.OfType<TableBlock>());
        Assert.Equal(4, table.AllRows.ToList().Count);
        Assert.Equal("Xây dựng tiêu chí đánh giá, xếp loại", table.AllRows.ToList()[2].Cells[1].Text);
        Assert.Equal("Tháng 02 /2024", table.AllRows.ToList()[2].Cells[2].Text);
    }

    [Fact]
    public void Pipe_and_space_aligned_rows_are_table_rows()
    {
        var pipes = Read("| STT | Nội dung | Thời gian |\n|---|---|---|\n| 1 | Rà soát | Quý I |");
        var spaced = Read("STT     Nội dung        Thời gian\n1       Rà soát         Quý I/2024");

        Assert.Equal(2, Assert.Single(pipes.OfType<TableBlock>()).AllRows.Count());
        Assert.Equal("Quý I/2024", Assert.Single(spaced.OfType<TableBlock>()).AllRows.ElementAt(1).Cells[2].Text);
    }
}
