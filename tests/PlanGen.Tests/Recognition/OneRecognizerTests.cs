using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Core.Recognition;
using PlanGen.Tests.Import;
using PlanGen.Tests.Support;
using Xunit.Abstractions;

namespace PlanGen.Tests.Recognition;

/// <summary>
/// Check and import read a document through one recognizer: for every plan of the corpus and every
/// example plan built, the number, date, issuer and signer the outline finds (what check judges)
/// are those the import writes into the plan.
/// </summary>
public sealed class OneRecognizerTests(ITestOutputHelper output)
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var text in CorpusPlans.Texts()) data.Add("corpus/" + text);
        foreach (var example in ExampleBuilds.All.Where(e => ExampleBuilds.TemplateOf(e).StartsWith("ke-hoach", StringComparison.Ordinal))) data.Add("example/" + example);
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Check_and_import_read_the_same_number_date_issuer_and_signer(string document)
    {
        using var folder = new TempFolder();
        string path;
        if (document.StartsWith("corpus/", StringComparison.Ordinal))
        {
            path = Path.Combine(CorpusPlans.Folder, document["corpus/".Length..]);
        }
        else
        {
            path = folder.File("plan.docx");
            File.WriteAllBytes(path, ExampleBuilds.Render(document["example/".Length..]).Docx);
        }
        var run = TestRun.New();
        var bag = new DiagnosticBag();
        var read = run.Readers.For(path)!.Read(path, bag);
        Assert.NotNull(read);
        var outline = DocumentOutline.Of(read);
        var plan = PlanRecognizer.Recognize(read, bag)?.Plan;
        Assert.NotNull(plan);

        var seen = new List<string>();
        void Same(string field, string? byOutline, string? byImport)
        {
            output.WriteLine($"{field}: outline «{byOutline}» import «{byImport}»");
            if (byOutline is not null && !string.Equals(byOutline, byImport, StringComparison.Ordinal)) seen.Add($"{field}: outline «{byOutline}», import «{byImport}»");
        }
        Same("number", outline.NumberRead?.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture), plan.Number?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Same("date", outline.PlaceDateRead?.Date?.ToIsoText(), plan.Date?.ToIsoText());
        Same("issuer", Words(outline.IssuerName), Words(plan.Issuer.Name));
        Same("signer", outline.SignerName?.Text, plan.Signature?.Name);
        Assert.True(seen.Count == 0, string.Join("\n", seen));
    }

    // A name in capitals over lines and the same name in sentence case on one line are the same words.
    private static string? Words(string? text) => text is null ? null : HeaderLines.Fold(text.Replace('\n', ' '));
}
