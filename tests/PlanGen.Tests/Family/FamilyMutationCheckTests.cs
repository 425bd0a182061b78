using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Docx;
using PlanGen.Tests.Check;
using PlanGen.Tests.Support;
using static PlanGen.Tests.Check.Mutate;

namespace PlanGen.Tests.Family;

/// <summary>
/// One change per rule of forms 1.3 and 1.5 to the example decision's (with the plan it issues)
/// or letter's DOCX: the check then finds exactly that rule's code.
/// </summary>
public sealed class FamilyMutationCheckTests
{
    private const string Decision = "khanh-hoa-2021/qd-665-ubnd.yaml";
    private const string Letter = "khanh-hoa-2021/cv-trien-khai-ke-hoach.yaml";

    internal static readonly Dictionary<string, (string Example, string Code, Action<Body> Change)> Mutations = new(StringComparer.Ordinal)
    {
        ["QUYẾT ĐỊNH: line deleted"] = (Decision, "PG5040", b => SetText(Paragraph(b, t => t == "QUYẾT ĐỊNH:"), "")),
        ["article labels deleted"] = (Decision, "PG5041", b => Articles(b).ForEach(p => SetText(p, p.InnerText["Điều 1. ".Length..]))),
        ["Điều 2 numbered Điều 3"] = (Decision, "PG5025", b => SetText(Starting(b, "Điều 2."), "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.")),
        ["Kính gửi deleted"] = (Letter, "PG5042", b => SetText(Starting(b, "Kính gửi"), "")),
        ["the plan's caption set upright"] = (Decision, "PG5043", b => Starting(b, "(Ban hành kèm theo").Elements<Run>().ToList().ForEach(r => r.PrependChild(new RunProperties(new Italic { Val = false })))),
        // As a clerk who pastes the plan after the decision without starting its pages again at 1.
        ["the plan's pages numbered on"] = (Decision, "PG5044", b => b.Descendants<PageNumberType>().ToList().ForEach(n => n.Remove())),
    };

    public static TheoryData<string> Names() => [.. Mutations.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_mutated_decision_or_letter_fails_with_exactly_that_rules_code(string mutation)
    {
        var (example, code, change) = Mutations[mutation];
        var found = CheckRun.Bytes(Apply(Docx(example), change));
        Assert.True(found.Count > 0 && found.All(d => d.Id == code), $"{mutation}: expected only {code}, got:\n{CheckRun.Show(found)}");
    }

    private static byte[] Docx(string example) =>
        PlanBuild.Check(TestRun.New(), ExampleBuilds.PathOf(example), null, new DiagnosticBag())!.Docx;

    private static List<Paragraph> Articles(Body body) =>
        [.. body.Descendants<Paragraph>().Where(p => p.InnerText.StartsWith("Điều ", StringComparison.Ordinal))];
}
