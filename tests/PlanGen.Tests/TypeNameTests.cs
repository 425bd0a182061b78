using System.Runtime.CompilerServices;

namespace PlanGen.Tests;

/// <summary>
/// One meaning per name: no two types of plangen share a simple name, whatever their namespaces (a
/// type nested in another is named by both); and a name's ending means one thing.
/// </summary>
public sealed class TypeNameTests
{
    private static IEnumerable<Type> Types() => new[]
        {
            typeof(PlanGen.Core.Diagnostics.DiagnosticBag).Assembly,
            typeof(PlanGen.Docx.DocxWriter).Assembly,
            typeof(PlanGen.Pdf.PdfDocumentReader).Assembly,
            typeof(PlanGen.Cli.PlanGenCli).Assembly,
        }
        .SelectMany(a => a.GetTypes())
        .Where(t => !t.IsNested && !t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) && !t.Name.Contains('<', StringComparison.Ordinal)
            && t.Namespace?.StartsWith("PlanGen", StringComparison.Ordinal) == true);

    [Fact]
    public void A_reader_reads_a_source_document_into_the_layout_tree()
    {
        // YAML and JSON files are loaded into the model (*Loader), layout markup is parsed (*Parser),
        // the outline is recognized (*Recognizer): a *Reader is a document reader or one of its parts.
        var others = Types()
            .Where(t => t.Name.EndsWith("Reader", StringComparison.Ordinal)
                && !typeof(PlanGen.Core.Document.Reading.IDocumentReader).IsAssignableFrom(t)
                && t.Namespace?.EndsWith(".Reading", StringComparison.Ordinal) != true)
            .Select(t => t.FullName)
            .ToList();
        Assert.True(others.Count == 0, "Named *Reader but not reading a document: " + string.Join(", ", others));
    }

    [Fact]
    public void No_two_types_of_plangen_share_a_name()
    {
        var shared = Types()
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" and ", g.Select(t => t.FullName).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(shared.Count == 0, "Types that share a name: " + string.Join("; ", shared));
    }
}
