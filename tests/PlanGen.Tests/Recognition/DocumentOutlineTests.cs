using PlanGen.Core.Document;
using PlanGen.Core.Recognition;

namespace PlanGen.Tests.Recognition;

/// <summary>
/// The outline finds the decree's parts in the forms offices print them: header boxes side by side
/// on one line, a national title a narrow box wrapped, the urgency mark, a type line with words
/// after the kind, the Kính gửi of a letter copied without its header, the note under the signer's name.
/// </summary>
public sealed class DocumentOutlineTests
{
    private static readonly RunFormat Plain = new("Times New Roman", 13, false, false, false, false);
    private static readonly RunFormat Strong = Plain with { Bold = true };
    private static readonly RunFormat Slanted = Plain with { Italic = true };

    private static Paragraph Line(int number, TextAlignment alignment, params (string Text, RunFormat Format)[] runs) =>
        new(ParagraphKind.Body, [.. runs.Select(r => new InlineRun(r.Text))])
        {
            Place = SourcePlace.OfParagraph(number),
            Format = new ParagraphFormat(null, alignment, null, null, null, null, null, null, [.. runs.Select(r => r.Format)]),
        };

    private static DocumentOutline Outline(params (string Text, RunFormat Format, TextAlignment Alignment)[] lines) =>
        DocumentOutline.Of(LayoutDocument.Read(new DocumentSource("plan.docx", SourceFormat.Docx),
            [.. lines.Select((l, i) => (Block)Line(i + 1, l.Alignment, (l.Text, l.Format)))], [new PageSetup(null)]));

    private static readonly (string, RunFormat, TextAlignment)[] Closing =
    [
        ("Nơi nhận:", Strong with { Italic = true }, TextAlignment.Left),
        ("- Như trên;", Plain, TextAlignment.Left),
        ("- Lưu: VT.", Plain, TextAlignment.Left),
        ("TM. ỦY BAN NHÂN DÂN", Strong, TextAlignment.Center),
        ("CHỦ TỊCH", Strong, TextAlignment.Center),
        ("Nguyễn Văn An", Strong, TextAlignment.Center),
        ("Chủ tịch UBND xã", Plain, TextAlignment.Center),
    ];

    [Fact]
    public void Header_boxes_printed_side_by_side_on_one_line_are_read_apart_each_with_its_own_runs()
    {
        Paragraph[] header =
        [
            Line(1, TextAlignment.Left, ("UBND TỈNH LÀO CAI        ", Strong), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Strong)),
            Line(2, TextAlignment.Left, ("SỞ GIAO THÔNG VẬN TẢI        ", Strong), ("Độc lập - Tự do - Hạnh phúc", Strong)),
            Line(3, TextAlignment.Left, ("Số: 68/KH-SGTVT        ", Plain), ("Lào Cai, ngày 31 tháng 01 năm 2024", Slanted)),
            Line(4, TextAlignment.Center, ("KẾ HOẠCH", Strong)),
            Line(5, TextAlignment.Center, ("Bảo đảm trật tự, an toàn giao thông năm 2024", Strong)),
        ];
        var outline = DocumentOutline.Of(LayoutDocument.Read(new DocumentSource("plan.docx", SourceFormat.Docx), header, [new PageSetup(null)]));

        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", outline.NationalTitle?.Text);
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", outline.Motto?.Text);
        Assert.Equal("SỞ GIAO THÔNG VẬN TẢI", outline.Issuer?.Text);
        Assert.Equal("UBND TỈNH LÀO CAI", outline.Governing?.Text);
        Assert.Equal("Số: 68/KH-SGTVT", outline.Number?.Text);
        Assert.False(outline.Number!.AnyItalic);
        Assert.Equal(68, outline.NumberRead?.Number);
        Assert.True(outline.PlaceDate?.Italic);
        Assert.Equal("Lào Cai", outline.PlaceDateRead?.Place);
    }

    [Fact]
    public void A_national_title_a_narrow_box_wrapped_and_the_urgency_mark_are_not_taken_for_the_issuer()
    {
        var outline = Outline(
            ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", Strong, TextAlignment.Center),
            ("CỘNG", Strong, TextAlignment.Center),
            ("HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Strong, TextAlignment.Center),
            ("Độc lập - Tự do - Hạnh phúc", Strong, TextAlignment.Center),
            ("Số: 68/KH-UBND", Plain, TextAlignment.Center),
            ("HỎA TỐC", Strong, TextAlignment.Left),
            ("Lào Cai, ngày 31 tháng 01 năm 2024", Slanted, TextAlignment.Center),
            ("KẾ HOẠCH", Strong, TextAlignment.Center),
            ("Bảo đảm trật tự, an toàn giao thông năm 2024", Strong, TextAlignment.Center));

        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", outline.Issuer?.Text);
        Assert.Null(outline.Governing);
        Assert.Equal("HỎA TỐC", outline.Urgency?.Text);
        Assert.Equal("HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", outline.NationalTitle?.Text);
    }

    [Fact]
    public void A_type_line_with_words_after_the_kind_is_the_type_line_and_the_subject_follows_it()
    {
        var outline = Outline(
        [
            ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", Strong, TextAlignment.Center),
            ("Số: 68/KH-UBND", Plain, TextAlignment.Center),
            ("Lào Cai, ngày 31 tháng 01 năm 2024", Slanted, TextAlignment.Center),
            ("KẾ HOẠCH HÀNH ĐỘNG", Strong, TextAlignment.Center),
            ("Thực hiện Chiến lược bảo đảm trật tự, an toàn giao thông", Strong, TextAlignment.Center),
            ("Căn cứ Luật Giao thông đường bộ năm 2008, Ủy ban nhân dân tỉnh ban hành Kế hoạch hành động như sau:", Plain, TextAlignment.Justify),
            .. Closing,
        ]);

        Assert.Equal("KH", outline.Kind?.Code);
        Assert.Equal("HÀNH ĐỘNG", outline.TypeSuffix);
        Assert.Equal(["Thực hiện Chiến lược bảo đảm trật tự, an toàn giao thông"], outline.Subject.Select(s => s.Text));
        Assert.Single(outline.Body);
        Assert.StartsWith("Căn cứ", outline.Body[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_copied_without_its_header_is_sent_to_its_Kinh_gui_and_its_body_follows_it()
    {
        var outline = Outline(
        [
            ("Kính gửi: Sở Tài chính", Plain, TextAlignment.Center),
            ("Đề nghị quý cơ quan cho ý kiến về dự thảo Quy chế phối hợp.", Plain, TextAlignment.Justify),
            .. Closing,
        ]);

        Assert.Null(outline.DocumentType);
        Assert.Equal("Kính gửi: Sở Tài chính", outline.Addressee?.Text);
        Assert.Single(outline.Body);
        Assert.StartsWith("Đề nghị", outline.Body[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_note_under_the_signers_name_is_the_signatures_note_not_the_name()
    {
        var outline = Outline(
        [
            ("ỦY BAN NHÂN DÂN XÃ A", Strong, TextAlignment.Center),
            ("Số: 12/KH-UBND", Plain, TextAlignment.Center),
            ("Bảo Yên, ngày 02 tháng 3 năm 2024", Slanted, TextAlignment.Center),
            ("KẾ HOẠCH", Strong, TextAlignment.Center),
            ("Bảo đảm trật tự, an toàn giao thông năm 2024", Strong, TextAlignment.Center),
            .. Closing,
        ]);

        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], outline.SigningLines.Select(s => s.Text));
        Assert.Equal("Nguyễn Văn An", outline.SignerName?.Text);
        Assert.Equal("Chủ tịch UBND xã", outline.SignatureNote?.Text);
        Assert.Equal(["- Như trên;", "- Lưu: VT."], outline.Recipients.Select(s => s.Text));
    }
}
