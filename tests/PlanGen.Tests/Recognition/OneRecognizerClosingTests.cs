using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Import;
using PlanGen.Core.Model;
using PlanGen.Core.Recognition;
using PlanGen.Tests.Support;
using Xunit.Abstractions;

namespace PlanGen.Tests.Recognition;

/// <summary>
/// Check and import read a document's closing through one recognizer: for every document of the
/// corpus with a closing (plans, decisions, letters, notices, submissions, reports) and every
/// example built, the recipients, the signing authority lines, the signer's name and the note under
/// it that the outline finds (what check judges) are those the import writes into the document.
/// </summary>
public sealed class OneRecognizerClosingTests(ITestOutputHelper output)
{
    public static TheoryData<string> Documents() => OneRecognizerDocuments.All();

    [Theory]
    [MemberData(nameof(Documents))]
    public void Check_and_import_read_the_same_recipients_signing_lines_signer_and_note(string document)
    {
        using var folder = new TempFolder();
        var path = OneRecognizerDocuments.PathOf(document, folder);
        var run = TestRun.New();
        var read = run.Readers.For(path)!.Read(path, new DiagnosticBag());
        Assert.NotNull(read);
        var outline = DocumentOutline.Of(read);
        var bag = new DiagnosticBag();
        var (own, issued) = Imported(run, read, folder.File("imported.yaml"), bag);
        if (own is null)
        {
            // A page that lost what tells its kind is refused by name (PG6002): there is no import to compare.
            output.WriteLine("not imported: " + string.Join("\n", bag.Items.Select(d => TextDiagnosticFormatter.Format(d, "en"))));
            Assert.Contains(bag.Items, d => d.Code == DiagnosticCode.ImportNotAPlan);
            return;
        }

        var seen = new List<string>();
        // The document's closing, then the closing of the document issued with it, when that has one of its own.
        Compare(outline, own, seen);
        if (outline.Issued is { RecipientsHeading: not null } issuedOutline && issued is not null) Compare(issuedOutline, issued, seen);
        Assert.True(seen.Count == 0, string.Join("\n", seen));
    }

    // What the import reads, before the YAML is written and validated, told apart as the import tells
    // them: a report, a letter, notice, submission or decision (with the plan it carries), or a plan.
    private static (IFamilyDocument? Own, IFamilyDocument? Issued) Imported(PlanGen.Core.PlanGenRun run, PlanGen.Core.Document.LayoutDocument read, string yaml, DiagnosticBag bag) =>
        RecognizedDocument.Of(run, ImportSource.Of(read), yaml, null, bag) is { } recognized ? (recognized.Document, recognized.Family?.Plan?.Plan) : (null, null);

    private void Compare(DocumentOutline outline, IFamilyDocument document, List<string> seen)
    {
        void Same(string field, string? byOutline, string? byImport)
        {
            output.WriteLine($"{field}: outline «{byOutline}» import «{byImport}»");
            if (!string.Equals(byOutline, byImport, StringComparison.Ordinal)) seen.Add($"{field}: outline «{byOutline}», import «{byImport}»");
        }
        Same("recipients", Joined(outline.Recipients.Where(r => ArchiveLine.Parse(r.Text) is null).Select(r => RecipientLine.Parse(r.Text)?.Value.Text ?? r.Text)),
            Joined(document.Recipients.Select(r => r.Text)));
        Same("signing lines", Joined(outline.SigningLines.Select(s => Words(s.Text))), Joined(SigningLinesOf(document.Signature).Select(Words)));
        Same("signer", outline.SignerName?.Text, document.Signature?.Name);
        Same("note", outline.SignatureNote?.Text, document.Signature?.Note);
    }

    // The authority and office lines the signature prints, in its order.
    private static IEnumerable<string> SigningLinesOf(Signature? signature) =>
        signature is null ? [] : new SigningBlock(new(signature.Authorities), signature.Body, signature.Head, signature.Office).Format();

    private static string? Joined(IEnumerable<string> items) => items.Any() ? string.Join(" | ", items) : null;

    // A line in capitals over two lines and the same line in sentence case on one are the same words.
    private static string Words(string text) => HeaderLines.Fold(string.Join(' ', text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)));
}
