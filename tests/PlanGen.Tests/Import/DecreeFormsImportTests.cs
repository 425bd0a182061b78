using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Core.Model;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>Import reads the header lines and labels in the forms real documents use, through the grammar.</summary>
public sealed class DecreeFormsImportTests
{
    private const string Plan = """
        UBND TỈNH LÀO CAI
        SỞ GIAO THÔNG VẬN TẢI
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        {NUMBER}
        {DATE}
        KẾ HOẠCH
        Bảo đảm trật tự an toàn giao thông năm 2024
        I. MỤC ĐÍCH, YÊU CẦU
        1) Mục đích
        Nâng cao ý thức chấp hành pháp luật.
        2) Yêu cầu
        a. Triển khai đồng bộ.
        b. Bảo đảm hiệu quả.
        II. TỔ CHỨC THỰC HIỆN
        Các phòng, đơn vị thuộc Sở triển khai thực hiện.
        """;

    private static Plan Import(string number, string date)
    {
        using var folder = new TempFolder();
        var source = folder.File("ke-hoach.txt", Plan.Replace("{NUMBER}", number, StringComparison.Ordinal).Replace("{DATE}", date, StringComparison.Ordinal));
        var bag = new DiagnosticBag();
        var imported = PlanImporter.Recognize(TestRun.New(), source, null, bag);
        Assert.NotNull(imported);
        return imported.Plan;
    }

    [Theory]
    [InlineData("Số: 05/KH-SGTVT", "Lào Cai, ngày 05 tháng 02 năm 2024")]
    [InlineData("Số 05 /KH–SGTVT", "Lào Cai ngày 5 tháng 2 năm 2024")]
    [InlineData("Sô: 5/KH-SGTVT", "Lào Cai,\nngày 05 tháng 02 năm 2024")]
    public void Number_and_date_lines_read_the_same_in_the_forms_documents_use(string number, string date)
    {
        var plan = Import(number, date);
        Assert.Equal(5, plan.Number?.Value);
        Assert.Equal("KH", plan.TypeCode);
        Assert.Equal("SGTVT", plan.Issuer.Code);
        Assert.Equal("Lào Cai", plan.Issuer.Place);
        Assert.Equal(new VnDate(2024, 2, 5), plan.Date);
    }

    [Fact]
    public void Clauses_written_1_and_points_written_a_dot_keep_their_levels()
    {
        var plan = Import("Số: 05/KH-SGTVT", "Lào Cai, ngày 05 tháng 02 năm 2024");
        Assert.Equal("Mục đích", plan.Purpose?.Title);
        Assert.Equal("Yêu cầu", plan.Requirements?.Title);
        Assert.Equal(["Triển khai đồng bộ.", "Bảo đảm hiệu quả."], plan.Requirements!.Items.Select(point => point.Title ?? point.Paragraphs[0]));
    }

    [Fact]
    public void A_part_for_purpose_and_requirements_written_without_clauses_is_kept_whole()
    {
        using var folder = new TempFolder();
        var source = folder.File("ke-hoach.txt", "KẾ HOẠCH\nBảo đảm trật tự an toàn giao thông năm 2024\nI. MỤC ĐÍCH, YÊU CẦU\n"
            + "Nâng cao ý thức chấp hành pháp luật.\nII. TỔ CHỨC THỰC HIỆN\nCác phòng triển khai thực hiện.\n");
        var bag = new DiagnosticBag();

        var plan = PlanImporter.Recognize(TestRun.New(), source, null, bag)?.Plan;

        Assert.DoesNotContain(bag.Items, d => d.Severity == Severity.Error);
        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN"], plan!.Parts.Select(p => p.Title));
        Assert.Equal(["Nâng cao ý thức chấp hành pháp luật."], plan.Parts[0].Paragraphs);
    }
}
