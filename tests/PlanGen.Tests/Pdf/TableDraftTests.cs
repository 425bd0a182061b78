using PlanGen.Pdf.Reading;

namespace PlanGen.Tests.Pdf;

/// <summary>A table continued on the next page: the repeated header row dropped, a row broken by the page joined.</summary>
public sealed class TableDraftTests
{
    private static readonly double[] Columns = [85, 121, 371];

    private static DraftCell Cell(int page, string text) =>
        new(text.Length == 0 ? [] : [new PdfLine(page, 1, [.. text.Split(' ').Select((w, i) => new PdfWord(w, i * 20, (i * 20) + 15, 0, 10, 13, false, false))])], 1);

    private static TableDraft Draft(int page, double[] columns, params string[][] rows)
    {
        var draft = new TableDraft(page, 1, columns);
        draft.Rows.AddRange(rows.Select(r => new DraftRow([.. r.Select(text => Cell(page, text))])));
        return draft;
    }

    [Fact]
    public void The_continuation_loses_its_repeated_header_and_its_first_row_joins_the_broken_row()
    {
        var first = Draft(7, Columns, ["STT", "Nội dung công tác"], ["1", "Xây dựng kế hoạch triển khai"], ["2", "Rà soát, kiện toàn"]);
        var next = Draft(8, Columns, ["STT", "Nội dung công tác"], ["", "Ban ATGT các cấp"], ["3", "Giám sát thực hiện"]);

        Assert.True(first.ContinuesIn(next));
        first.Append(next);

        Assert.True(first.HeaderRepeats);
        Assert.Equal(
            ["STT|Nội dung công tác", "1|Xây dựng kế hoạch triển khai", "2|Rà soát, kiện toàn Ban ATGT các cấp", "3|Giám sát thực hiện"],
            first.Rows.Select(r => r.Text));
    }

    [Fact]
    public void A_continuation_that_starts_with_a_numbered_row_keeps_it_and_other_columns_make_another_table()
    {
        var first = Draft(7, Columns, ["STT", "Nội dung"], ["1", "Một"]);
        var next = Draft(8, Columns, ["2", "Hai"]);
        first.Append(next);
        Assert.False(first.HeaderRepeats);
        Assert.Equal(["STT|Nội dung", "1|Một", "2|Hai"], first.Rows.Select(r => r.Text));

        Assert.False(first.ContinuesIn(Draft(9, [85, 200, 371], ["3", "Ba"])));
    }
}
