using PlanGen.Core.Diagnostics;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Recognition;

/// <summary>
/// The documents check and import are compared on: every text of the corpus, of every kind, and
/// every example plangen builds (plans, family documents, reports) as its DOCX.
/// </summary>
internal static class OneRecognizerDocuments
{
    private static string Corpus => Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Corpus");

    public static TheoryData<string> All()
    {
        var data = CorpusTexts();
        foreach (var example in ExampleBuilds.Relative(TestPaths.ExamplePlans().Concat(TestPaths.ExampleFamilyDocuments()).Concat(TestPaths.ExampleReports())))
        {
            data.Add("example/" + example);
        }
        return data;
    }

    /// <summary>Every text of the corpus, kind by kind, each named "corpus/KIND/NAME.txt".</summary>
    public static TheoryData<string> CorpusTexts()
    {
        var data = new TheoryData<string>();
        foreach (var kind in Directory.EnumerateDirectories(Corpus).Order(StringComparer.Ordinal))
        {
            foreach (var text in Directory.EnumerateFiles(kind, "*.txt").Order(StringComparer.Ordinal)) data.Add("corpus/" + Path.GetRelativePath(Corpus, text).Replace('\\', '/'));
        }
        return data;
    }

    /// <summary>The file of <paramref name="document"/>: the corpus text, or the example built into <paramref name="folder"/>.</summary>
    public static string PathOf(string document, TempFolder folder)
    {
        if (document.StartsWith("corpus/", StringComparison.Ordinal)) return Path.Combine(Corpus, document["corpus/".Length..]);
        var path = folder.File("document.docx");
        File.WriteAllBytes(path, ExampleBuilds.Built(document["example/".Length..], new DiagnosticBag()).Docx);
        return path;
    }

    /// <summary>The document <paramref name="document"/> read as <c>check</c> and <c>import</c> read it, its file in <paramref name="folder"/> when built.</summary>
    public static PlanGen.Core.Document.LayoutDocument Read(string document, TempFolder folder)
    {
        var path = PathOf(document, folder);
        var read = TestRun.New().Readers.For(path)!.Read(path, new DiagnosticBag());
        Assert.NotNull(read);
        return read;
    }
}
