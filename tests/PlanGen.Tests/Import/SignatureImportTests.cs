using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Core.Model;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// The recipients and the signature stand side by side on the page; a text copied from it runs
/// the two columns together on one line. Import parts them again by the grammar.
/// </summary>
public sealed class SignatureImportTests
{
    private const string Body = """
        UBND TỈNH LÀO CAI
        SỞ GIÁO DỤC VÀ ĐÀO TẠO
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 25/KH-SGDĐT
        Lào Cai, ngày 20 tháng 02 năm 2024
        KẾ HOẠCH
        Bảo đảm trật tự an toàn giao thông năm 2024
        I. MỤC ĐÍCH, YÊU CẦU
        Nâng cao ý thức chấp hành pháp luật của học sinh.
        II. TỔ CHỨC THỰC HIỆN
        Các phòng thuộc Sở triển khai thực hiện.

        """;

    private static (Plan Plan, DiagnosticBag Bag) Import(string closing)
    {
        using var folder = new TempFolder();
        var source = folder.File("ke-hoach.txt", Body + closing);
        var bag = new DiagnosticBag();
        var imported = PlanImporter.Recognize(TestRun.New(), source, null, bag);
        Assert.NotNull(imported);
        return (imported.Plan, bag);
    }

    [Fact]
    public void A_signer_title_beside_the_recipients_heading_is_the_signature_not_a_recipient()
    {
        var (plan, _) = Import("Nơi nhận: GIÁM ĐỐC\n- UBND tỉnh (b/c);\n- Công an tỉnh;\n- Lưu: VT, CTTT.\nNguyễn Văn An\n");

        Assert.Equal(["UBND tỉnh (b/c)", "Công an tỉnh"], plan.Recipients.Select(r => r.Text));
        Assert.Equal("Giám đốc", plan.Signature?.Office);
        Assert.Equal("Nguyễn Văn An", plan.Signature?.Name);
    }

    [Fact]
    public void Authority_lines_beside_the_recipients_are_read_into_the_signature()
    {
        var (plan, _) = Import("Nơi nhận: KT. CHỦ TỊCH\n- UBND tỉnh (b/c); PHÓ CHỦ TỊCH\n- Công an tỉnh;\n- Lưu: VT, CTTT.\nNguyễn Văn An\n");

        Assert.Equal(["UBND tỉnh (b/c)", "Công an tỉnh"], plan.Recipients.Select(r => r.Text));
        Assert.Equal("Chủ tịch", plan.Signature?.Head);
        Assert.Equal("Phó Chủ tịch", plan.Signature?.Office);
        Assert.Equal("Nguyễn Văn An", plan.Signature?.Name);
    }

    [Fact]
    public void A_signer_name_beside_the_archive_line_is_not_glued_to_it()
    {
        var (plan, _) = Import("Nơi nhận: GIÁM ĐỐC\n- UBND tỉnh (b/c);\n- Lưu: VT. Nguyễn Văn An\n");

        Assert.Equal(["VT"], plan.Archive);
        Assert.Equal("Nguyễn Văn An", plan.Signature?.Name);
    }

    [Fact]
    public void A_note_line_under_the_name_is_the_signature_note_not_body_text()
    {
        var (plan, bag) = Import("Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\nChủ tịch UBND xã\n");

        Assert.Equal("Nguyễn Văn An", plan.Signature?.Name);
        Assert.Equal("Chủ tịch UBND xã", plan.Signature?.Note);
        Assert.DoesNotContain(bag.Items, d => d.Code == DiagnosticCode.ImportUnplaced);
    }
}
