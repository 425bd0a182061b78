using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Reports;

/// <summary>A period of two dates is written day first, as the report prints them, and read back from either order.</summary>
public sealed class ReportPeriodWritingTests
{
    private static readonly ReportPeriod Explicit = new(ReportCycle.Dates, 2024, 0) { From = new DateOnly(2023, 12, 15), To = new DateOnly(2024, 6, 14) };

    private static Report Sample => new()
    {
        SourcePath = "",
        TypeCode = "BC",
        Issuer = new Issuer(null, "Công an tỉnh Lào Cai", "CAT", "Lào Cai", UnitLevel.Department, null, null),
        Title = "Kết quả thực hiện Kế hoạch bảo đảm an toàn giao thông",
        Period = Explicit,
    };

    private static ReportPeriod? ReadBack(string yaml)
    {
        using var folder = new TempFolder();
        var bag = new DiagnosticBag();
        var report = ReportLoader.Read(folder.File("bc.yaml", yaml), bag);
        Assert.DoesNotContain(bag.Items, d => d.Code == DiagnosticCode.InvalidDate || d.Code == DiagnosticCode.ReportPeriodNotUnderstood);
        return report?.Period;
    }

    [Fact]
    public void Two_dates_are_written_day_first()
    {
        var yaml = PlanWriter.Write(ReportFormat.Report, Sample, null, null);

        Assert.Contains("period:\n  from: 15/12/2023\n  to: 14/6/2024\n", yaml, StringComparison.Ordinal);
        Assert.Equal(Explicit, ReadBack(yaml));
    }

    [Fact]
    public void Two_dates_written_year_first_are_still_read()
    {
        var yaml = PlanWriter.Write(ReportFormat.Report, Sample, null, null)
            .Replace("from: 15/12/2023", "from: 2023-12-15", StringComparison.Ordinal).Replace("to: 14/6/2024", "to: 2024-06-14", StringComparison.Ordinal);

        Assert.Equal(Explicit, ReadBack(yaml));
    }
}
