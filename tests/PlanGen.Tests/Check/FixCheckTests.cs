using PlanGen.Core.Check;
using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Docx.Reading;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Check;

/// <summary><c>check --fix</c>: the mechanical mutations are repaired so that the copy passes; the input is left alone.</summary>
public class FixCheckTests
{
    public static TheoryData<string> Mechanical() =>
    [
        "letter paper", "top margin 31.75 mm", "Arial in the body", "national title 15 pt", "date line upright",
        "spaces in the number", "number without its colon", "month without leading zero", "date without the comma", "body 12 pt", "body left aligned", "no first-line indent",
        "no space between paragraphs", "double line spacing", "page number on page 1", "page numbers 12 pt",
    ];

    [Theory]
    [MemberData(nameof(Mechanical))]
    public void Fix_then_check_gives_no_error(string mutation)
    {
        using var folder = new TempFolder();
        var input = folder.File("typed.docx");
        var bytes = Mutate.Apply(CheckRun.LaoCai, MutationCheckTests.Mutations[mutation].Change);
        File.WriteAllBytes(input, bytes);
        var output = Path.Combine(folder.Path, "fixed.docx");
        var bag = new DiagnosticBag();
        Assert.True(DecreeCheck.Fix(TestRun.New(), input, output, DecreeCheck.RangesFor(null), bag));
        Assert.False(bag.HasErrors, mutation + ":\n" + CheckRun.Show(bag.Items));
        Assert.Equal(bytes, File.ReadAllBytes(input));

        // The text is the same but for the number and date lines' form (which may lack the colon or the comma).
        var before = ReadDocx.Paragraphs(ReadDocx.Ok(bytes).Body).Select(p => p.Text).ToList();
        var after = ReadDocx.Paragraphs(ReadDocx.Ok(File.ReadAllBytes(output)).Body).Select(p => p.Text).ToList();
        Assert.Equal(before.Count, after.Count);
        Assert.All(before.Zip(after).Where(p => p.First != p.Second), p => Assert.Matches("^(Số|Lào Cai)", p.First));
    }

    [Fact]
    public void A_document_typed_in_12_pt_is_fixed_to_the_decrees_sizes_page_numbers_too()
    {
        using var folder = new TempFolder();
        var input = folder.File("typed.docx");
        File.WriteAllBytes(input, Mutate.Apply(CheckRun.LaoCai, b =>
        {
            MutationCheckTests.Mutations["body 12 pt"].Change(b);
            MutationCheckTests.Mutations["page numbers 12 pt"].Change(b);
        }));

        var run = CliRun.Of("check", input, "--fix", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("PG5027", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("PG5020", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_on_the_command_line_writes_NAME_fixed_docx_and_reports_what_is_left()
    {
        using var folder = new TempFolder();
        var input = folder.File("typed.docx");
        File.WriteAllBytes(input, Mutate.Apply(CheckRun.LaoCai, b =>
        {
            MutationCheckTests.Mutations["body 12 pt"].Change(b);
            MutationCheckTests.Mutations["recipient without semicolon"].Change(b);
        }));
        var run = CliRun.Of("check", input, "--fix", "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "typed.fixed.docx")));
        Assert.Contains("PG5026", run.Error, StringComparison.Ordinal);    // text: left for the clerk
        Assert.DoesNotContain("PG5020", run.Error, StringComparison.Ordinal); // size: fixed
    }
}
