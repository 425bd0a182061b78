using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Core.Model;
using PlanGen.Core.Recognition;
using PlanGen.Tests.Support;
using Xunit.Abstractions;

namespace PlanGen.Tests.Recognition;

/// <summary>
/// Check and import read a document's header through one recognizer: for every document of the
/// corpus (plans, decisions, letters, notices, submissions, reports) and every example document
/// plangen builds, the issuer, number, date, type and subject the outline finds (what check
/// judges) are those the import writes, whatever kind of document it is.
/// </summary>
public sealed class OneRecognizerHeaderTests(ITestOutputHelper output)
{
    public static TheoryData<string> Documents() => OneRecognizerDocuments.All();

    [Theory]
    [MemberData(nameof(Documents))]
    public void Check_and_import_read_the_same_issuer_number_date_type_and_subject(string document)
    {
        using var folder = new TempFolder();
        var path = OneRecognizerDocuments.PathOf(document, folder);
        var run = TestRun.New();
        var bag = new DiagnosticBag();
        var read = run.Readers.For(path)!.Read(path, bag);
        Assert.NotNull(read);
        var outline = DocumentOutline.Of(read);
        // What the import recognised, also when the YAML it makes does not validate (a report whose plan
        // is not beside it); a document it does not take at all is refused with what it is named (PG6002).
        var imported = PlanImporter.Import(run, path, folder.File("imported.yaml"), null, bag)?.Document
            ?? PlanImporter.Recognized(run, path, folder.File("imported.yaml"), null, new DiagnosticBag())?.Document;
        if (imported is null)
        {
            Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ImportNotAPlan);
            output.WriteLine("not imported: " + string.Join(" ", bag.Items.Where(d => d.Code == DiagnosticCode.ImportNotAPlan).Select(d => TextDiagnosticFormatter.Format(d, "en"))));
            return;
        }

        var seen = new List<string>();
        void Same(string field, string? byOutline, string? byImport)
        {
            output.WriteLine($"{field}: outline «{byOutline}» import «{byImport}»");
            if (byOutline is not null && !string.Equals(byOutline, byImport, StringComparison.Ordinal)) seen.Add($"{field}: outline «{byOutline}», import «{byImport}»");
        }
        Same("issuer", Words(outline.IssuerName), Words(imported.Issuer.Name));
        Same("number", outline.NumberRead?.Number?.ToString(CultureInfo.InvariantCulture), imported.Number?.Value.ToString(CultureInfo.InvariantCulture));
        Same("date", outline.PlaceDateRead?.Date?.ToIsoText(), imported.Date?.ToIsoText());
        Same("type", outline.IsLetter ? FamilyTypes.Letter.Code : outline.Kind?.Code, imported.TypeCode);
        Same("subject", Words(Subject(outline)), Words(imported.Title));
        Assert.True(seen.Count == 0, string.Join("\n", seen));
    }

    // The subject as the document states it: a công văn's after "V/v"; the words after the kind's
    // name on the type line ("HÀNH ĐỘNG") open it, as the plan's title keeps them.
    private static string? Subject(DocumentOutline outline)
    {
        if (outline.IsLetter)
        {
            return string.Join(" ", [PlanGen.Core.Document.Grammar.SubjectLine.Parse(outline.LetterSubject!.Text)?.Subject, .. outline.LetterSubjectGoesOn.Select(s => s.Text)]);
        }
        if (outline.Subject.Count == 0) return null;
        var subject = string.Join(" ", outline.Subject.Select(s => s.Text));
        return outline.TypeSuffix.Length > 0 ? outline.TypeSuffix + " " + subject : subject;
    }

    // A name in capitals over lines and the same name in sentence case on one line are the same words.
    private static string? Words(string? text) => text is null ? null : HeaderLines.Fold(text.Replace('\n', ' '));
}
