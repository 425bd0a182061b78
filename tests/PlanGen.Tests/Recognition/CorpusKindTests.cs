using PlanGen.Core.Import;
using PlanGen.Core.Model;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Recognition;

/// <summary>
/// Every real document of the corpus is taken for the kind a reader knows it to be (its folder),
/// whatever its page kept: a header, a number's code, a V/v line, or only a portal's post title.
/// </summary>
public sealed class CorpusKindTests
{
    public static TheoryData<string> Texts() => OneRecognizerDocuments.CorpusTexts();

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_real_document_is_taken_for_the_kind_it_is(string document)
    {
        using var folder = new TempFolder();
        var expected = document.Split('/')[1] switch
        {
            "ke-hoach" => FamilyTypes.Plan,
            "bao-cao" => FamilyTypes.Report,
            "quyet-dinh" => FamilyTypes.Decision,
            "cong-van" => FamilyTypes.Letter,
            "thong-bao" => FamilyTypes.Notice,
            "to-trinh" => FamilyTypes.Submission,
            var other => throw new InvalidOperationException(other),
        };

        var kind = ImportSource.Of(OneRecognizerDocuments.Read(document, folder)).Kind;

        // A page that says nothing of its kind is left to the plan's recognizer, which reads a plan.
        Assert.Equal(expected.Code, kind.Type?.Code ?? (kind.Other is null ? FamilyTypes.Plan.Code : kind.Other));
    }
}
