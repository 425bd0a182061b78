using System.Runtime.CompilerServices;

namespace PlanGen.Tests;

/// <summary>One meaning per name: no two types of plangen share a simple name, whatever their namespaces (a type nested in another is named by both).</summary>
public sealed class TypeNameTests
{
    [Fact]
    public void No_two_types_of_plangen_share_a_name()
    {
        var shared = new[]
            {
                typeof(PlanGen.Core.Diagnostics.DiagnosticBag).Assembly,
                typeof(PlanGen.Docx.DocxWriter).Assembly,
                typeof(PlanGen.Pdf.PdfDocumentReader).Assembly,
                typeof(PlanGen.Cli.PlanGenCli).Assembly,
            }
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsNested && !t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) && !t.Name.Contains('<', StringComparison.Ordinal)
                && t.Namespace?.StartsWith("PlanGen", StringComparison.Ordinal) == true)
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" and ", g.Select(t => t.FullName).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(shared.Count == 0, "Types that share a name: " + string.Join("; ", shared));
    }
}
