using PlanGen.Core;
using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Yaml;

/// <summary>
/// Clerks write dates day first (<c>03/9/2024</c>), as every Vietnamese document prints them;
/// plangen reads them wherever a date is written, as well as <c>2024-09-03</c>. A date it cannot
/// read is refused with the forms it reads in the hint, the year-first one among them.
/// </summary>
public sealed class DayFirstDateTests : IDisposable
{
    private const string Issuer = """
        issuer:
          name: Trường Trung học cơ sở Tân Lập
          code: THCS
          place: Tân Lập
          level: commune
        title: Bảo đảm trật tự an toàn giao thông năm học 2024 - 2025

        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private (Core.Model.Plan? Plan, DiagnosticBag Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var plan = PlanPipeline.LoadChecked(TestRun.New(), _temp.File("plan.yaml", Issuer + yaml), diagnostics);
        return (plan, diagnostics);
    }

    [Theory]
    [InlineData("03/9/2024", "2024-09-03")]
    [InlineData("3/9/2024", "2024-09-03")]
    [InlineData("03/09/2024", "2024-09-03")]
    [InlineData("2024-09-03", "2024-09-03")]
    [InlineData("03.9.2024", "2024-09-03")]
    [InlineData("03-09-2024", "2024-09-03")]
    [InlineData("29/02/2024", "2024-02-29")]
    [InlineData("9/2024", "2024-09")]
    [InlineData("2024-09", "2024-09")]
    public void The_plans_date_is_read_day_first_or_year_first(string written, string iso)
    {
        var (plan, diagnostics) = Read("date: " + written + "\n");

        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCode.InvalidDate);
        Assert.Equal(iso, plan!.Date!.ToIsoText());
    }

    [Fact]
    public void A_citations_date_and_a_periods_ends_are_read_day_first()
    {
        var (plan, diagnostics) = Read("""
            parent:
              kind: Kế hoạch
              number: 120/KH-PGDĐT
              date: 28/8/2024
              issuer: Phòng Giáo dục và Đào tạo huyện Bảo Thắng
            basis:
              - kind: Chỉ thị
                number: 31/CT-TTg
                date: 21/11/2023
                issuer: Thủ tướng Chính phủ
            period:
              from: 05/9/2024
              to: 31/5/2025
            """);

        Assert.DoesNotContain(diagnostics.Items, d => d.Code == DiagnosticCode.InvalidDate);
        Assert.Equal("2024-08-28", plan!.Parent!.Citation!.Date!.ToIsoText());
        Assert.Equal("2023-11-21", plan.Basis[0].Date!.ToIsoText());
        Assert.Equal(new DateOnly(2024, 9, 5), plan.Period!.From);
    }

    [Theory]
    [InlineData("date: 30/02/2024", "'30/02/2024' is not a valid date.", "2024-09-03")]
    [InlineData("date: 9/13/2024", "'9/13/2024' is not a valid date.", "Did you mean 13/9/2024 (2024-09-13)?")]
    [InlineData("date: 03/9/24", "'03/9/24' is not a valid date.", "Did you mean 03/9/2024 (2024-09-03)?")]
    [InlineData("date: 31/9/2024", "'31/9/2024' is not a valid date.", "2024-09-03")]
    public void A_date_that_cannot_be_read_is_refused_with_the_year_first_form_in_the_hint(string line, string message, string inHint)
    {
        var (_, diagnostics) = Read(line + "\n");

        var error = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCode.InvalidDate);
        Assert.Equal(message, error.Message("en"));
        Assert.Contains(inHint, error.Hint("en"), StringComparison.Ordinal);
        Assert.Contains("03/9/2024", error.Hint("vi"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_date_without_its_day_is_refused_and_told_to_give_the_day()
    {
        var (_, diagnostics) = Read("""
            parent:
              kind: Kế hoạch
              number: 120/KH-PGDĐT
              date: 8/2024
              issuer: Phòng Giáo dục và Đào tạo huyện Bảo Thắng
            """);

        var error = Assert.Single(diagnostics.Items, d => d.Code == DiagnosticCode.InvalidDate);
        Assert.DoesNotContain("draft", error.Hint("en"), StringComparison.Ordinal);
    }
}
