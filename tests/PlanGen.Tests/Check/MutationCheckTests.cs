using DocumentFormat.OpenXml.Wordprocessing;
using static PlanGen.Tests.Check.Mutate;

namespace PlanGen.Tests.Check;

/// <summary>One change per rule to the Lào Cai plan's DOCX: the check then finds exactly that rule's code.</summary>
public class MutationCheckTests
{
    internal static readonly Dictionary<string, (string Code, Action<Body> Change)> Mutations = new(StringComparer.Ordinal)
    {
        ["letter paper"] = ("PG5010", b => { var size = FirstSection(b).GetFirstChild<PageSize>()!; size.Width = 12240; size.Height = 15840; }),
        ["top margin 31.75 mm"] = ("PG5011", b => FirstSection(b).GetFirstChild<PageMargin>()!.Top = 1800),
        ["body on landscape"] = ("PG5012", b => { var size = FirstSection(b).GetFirstChild<PageSize>()!; (size.Width, size.Height) = (16838u, 11906u); size.Orient = PageOrientationValues.Landscape; }),
        ["Arial in the body"] = ("PG5013", b => RunProperties(LongBody(b)).RunFonts = new RunFonts { Ascii = "Arial", HighAnsi = "Arial" }),
        ["national title deleted"] = ("PG5014", b => SetText(Starting(b, "CỘNG HÒA"), "")),
        ["national title 15 pt"] = ("PG5015", b => RunProperties(Starting(b, "CỘNG HÒA")).FontSize = new FontSize { Val = "30" }),
        ["date line upright"] = ("PG5016", b => RunProperties(Starting(b, "Lào Cai, ngày")).Italic = new Italic { Val = false }),
        ["motto not underlined"] = ("PG5017", b => RunProperties(Starting(b, "Độc lập")).Underline = new Underline { Val = UnderlineValues.None }),
        ["spaces in the number"] = ("PG5018", b => SetText(Starting(b, "Số:"), "Số: 68 / KH-UBND")),
        ["number without its colon"] = ("PG5018", b => SetText(Starting(b, "Số:"), "Số 68/KH-UBND")),
        ["month without leading zero"] = ("PG5019", b => SetText(Starting(b, "Lào Cai, ngày"), "Lào Cai, ngày 31 tháng 1 năm 2024")),
        ["date without the comma"] = ("PG5019", b => SetText(Starting(b, "Lào Cai, ngày"), "Lào Cai  ngày 31 tháng 01 năm 2024")),
        ["body 12 pt"] = ("PG5020", b => RunProperties(LongBody(b)).FontSize = new FontSize { Val = "24" }),
        ["body left aligned"] = ("PG5021", b => Properties(LongBody(b)).Justification = new Justification { Val = JustificationValues.Left }),
        ["no first-line indent"] = ("PG5022", b => Properties(LongBody(b)).Indentation = new Indentation { FirstLine = "0" }),
        ["no space between paragraphs"] = ("PG5023", b => Properties(LongBody(b)).SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" }),
        ["double line spacing"] = ("PG5024", b => Properties(LongBody(b)).SpacingBetweenLines = new SpacingBetweenLines { Line = "480", LineRule = LineSpacingRuleValues.Auto }),
        ["part II numbered III"] = ("PG5025", b => SetText(Starting(b, "II. YÊU CẦU"), "III. YÊU CẦU")),
        ["recipient without semicolon"] = ("PG5026", b => SetText(Starting(b, "- Công an tỉnh;"), "- Công an tỉnh")),
        ["page number on page 1"] = ("PG5027", b => FirstSection(b).RemoveAllChildren<TitlePage>()),
        ["page numbers 12 pt"] = ("PG5027", b => PageNumberRuns(b).ForEach(r => (r.RunProperties ??= new RunProperties()).FontSize = new FontSize { Val = "24" })),
        ["appendix reference upright"] = ("PG5028", b => RunProperties(Starting(b, "(Kèm theo")).Italic = new Italic { Val = false }),
        ["header row not repeated"] = ("PG5029", b => b.Descendants<TableHeader>().ToList().ForEach(h => h.Remove())),
        ["appendix on portrait pages"] = ("PG5030", b => { var size = LastSection(b).GetFirstChild<PageSize>()!; (size.Width, size.Height) = (11906u, 16838u); size.Orient = null; }),
        ["signer's name removed"] = ("PG5031", b => SetText(Starting(b, "Nguyễn Trọng Hài"), "")),
        ["subject typed on the type line"] = ("PG5070", b => { SetText(Starting(b, "Bảo đảm an toàn giao thông năm 2024"), ""); SetText(Starting(b, "KẾ HOẠCH"), "KẾ HOẠCH Bảo đảm an toàn giao thông năm 2024"); }),
        ["footnote as large as the body"] = ("PG5060", b => Footnote(b, "28")),
        ["footnote reference without its note"] = ("PG5061", b => Footnote(b, null)),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in Mutations.Keys) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_mutated_document_fails_with_exactly_that_rules_code(string mutation)
    {
        var (code, change) = Mutations[mutation];
        var found = CheckRun.Bytes(Apply(CheckRun.LaoCai, change));
        Assert.True(found.Count > 0 && found.All(d => d.Id == code), $"{mutation}: expected only {code}, got:\n{CheckRun.Show(found)}");
    }

    [Fact]
    public void Every_recipient_line_out_of_form_is_named_with_what_to_mend()
    {
        var found = CheckRun.Bytes(Apply(CheckRun.LaoCai, b =>
        {
            SetText(Starting(b, "- Công an tỉnh;"), "- Công an tỉnh");
            SetText(Starting(b, "- Lưu:"), "- Lưu VT, XD1");
        }));

        Assert.Equal(["- Công an tỉnh", "- Lưu VT, XD1"], found.Where(d => d.Id == "PG5026").Select(d => d.Arguments[0]));
        Assert.Contains("'- Lưu: VT, <unit>.'", found.Last(d => d.Id == "PG5026").Message("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_check_code_has_a_mutation()
    {
        // A PDF's readiness for signing is checked on PDFs, not on a mutated DOCX (PdfReadinessCheckTests).
        var codes = Enum.GetValues<PlanGen.Core.Diagnostics.DiagnosticCode>().Where(c => (int)c is >= 5010 and < 5100 && !c.ToString().StartsWith("PdfCheck", StringComparison.Ordinal))
            .Select(PlanGen.Core.Diagnostics.DiagnosticMessages.Id);
        // Forms 1.3 and 1.5 are mutated from the example decision and letter.
        Assert.Equal(codes.Order(), Mutations.Values.Select(m => m.Code).Concat(Family.FamilyMutationCheckTests.Mutations.Values.Select(m => m.Code)).Distinct().Order());
    }
}
