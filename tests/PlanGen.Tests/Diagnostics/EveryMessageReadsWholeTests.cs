using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Docx.Reading;
using PlanGen.Pdf;
using PlanGen.Tests.Check;
using PlanGen.Tests.Docx.Reading;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Diagnostics;

/// <summary>
/// Every diagnostic the inputs of the test suite produce — every case folder, every example
/// validated, checked as built and imported from its DOCX, every seed imported, the check
/// fixtures and every mutation of the check tests, the PDF fixture, documents that are not plans
/// — reads as whole sentences in Vietnamese and in English: no <c>@word</c> placeholder, no
/// resource key, no <c>{0}</c> left unfilled, no U+FFFF of an undecoded argument.
/// </summary>
public sealed partial class EveryMessageReadsWholeTests
{

    private static readonly string[] NotPlans =
    [
        "letter.docx|Kính gửi: Sở Tài chính|Đề nghị quý cơ quan cho ý kiến về dự thảo quy chế phối hợp.|Trân trọng cảm ơn.",
        "chi-thi.txt|ỦY BAN NHÂN DÂN TỈNH LÀO CAI|Số: 12/CT-UBND|CHỈ THỊ|Về tăng cường bảo đảm trật tự, an toàn giao thông",
        "to-khai.txt|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc|TỜ KHAI ĐĂNG KÝ XE|Họ và tên chủ xe: Nguyễn Văn An",
        "qd-khong-dieu.txt|ỦY BAN NHÂN DÂN TỈNH LÀO CAI|Số: 12/QĐ-UBND|QUYẾT ĐỊNH|Về việc ban hành Quy chế phối hợp",
        "qd-ke-hoach.txt|ỦY BAN NHÂN DÂN TỈNH LÀO CAI|Số: 13/QĐ-UBND|Lào Cai, ngày 05 tháng 02 năm 2024|QUYẾT ĐỊNH|Ban hành Kế hoạch bảo đảm an toàn giao thông năm 2024|CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI|QUYẾT ĐỊNH:|Điều 1. Ban hành kèm theo Quyết định này Kế hoạch bảo đảm an toàn giao thông năm 2024.|Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.|Nơi nhận:|- Như Điều 2;|- Lưu: VT.|CHỦ TỊCH|Trịnh Xuân Trường",
        "quyet-dinh.txt|ỦY BAN NHÂN DÂN TỈNH LÀO CAI|Số: 12/QĐ-UBND|QUYẾT ĐỊNH|Về việc ban hành Quy chế phối hợp|Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.",
        "empty.txt|Trân trọng.",
        "stray.txt|KẾ HOẠCH|Bảo đảm an toàn giao thông năm 2024|Ghi chú lạc chỗ: xem phụ lục.|I. MỤC ĐÍCH|Nâng cao ý thức.|II. TỔ CHỨC THỰC HIỆN|Các phòng triển khai.|Trên đây là Kế hoạch./.|Nơi nhận:|- Lưu: VT.|GIÁM ĐỐC|Nguyễn Văn An|Dòng cuối lạc chỗ.",
        "stray.docx|KẾ HOẠCH|Bảo đảm an toàn giao thông năm 2024|Ghi chú lạc chỗ: xem phụ lục.|I. MỤC ĐÍCH|Nâng cao ý thức.|II. TỔ CHỨC THỰC HIỆN|Các phòng triển khai.",
    ];

    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string>();
        foreach (var area in new[] { "Reading", "Hierarchy", "Reports" })
        {
            foreach (var folder in Directory.EnumerateDirectories(TestPaths.Cases(area)).Order(StringComparer.Ordinal)) data.Add("case:" + area + "/" + Path.GetFileName(folder));
        }
        foreach (var example in ExampleBuilds.All) data.Add("example:" + example);
        foreach (var seed in Directory.EnumerateFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)) data.Add("seed:" + Path.GetFileName(seed));
        foreach (var fixture in Directory.EnumerateFiles(Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Check", "Fixtures"), "*.docx").Order(StringComparer.Ordinal))
        {
            data.Add("check:" + Path.GetFileName(fixture));
        }
        foreach (var mutation in MutationCheckTests.Mutations.Keys) data.Add("mutation:" + mutation);
        foreach (var pdf in Directory.EnumerateFiles(Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Pdf", "Fixtures"), "*.pdf").Order(StringComparer.Ordinal))
        {
            data.Add("pdf:" + Path.GetFileName(pdf));
        }
        foreach (var document in NotPlans) data.Add("notplan:" + document.Split('|')[0]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_diagnostic_reads_whole_in_both_languages(string source)
    {
        using var folder = new TempFolder();
        var diagnostics = Produce(source, folder);
        if (source.StartsWith("case:Reading/PG", StringComparison.Ordinal) || source.StartsWith("case:Hierarchy/PG", StringComparison.Ordinal)
            || source.StartsWith("case:Reports/PG", StringComparison.Ordinal)
            || source.StartsWith("seed:", StringComparison.Ordinal) || source.StartsWith("mutation:", StringComparison.Ordinal)
            || source.StartsWith("notplan:", StringComparison.Ordinal) || source.StartsWith("check:", StringComparison.Ordinal))
        {
            Assert.NotEmpty(diagnostics);
        }
        var faults = diagnostics.SelectMany(d => new[] { "vi", "en" }.SelectMany(language => Faults(d, language))).Distinct().ToList();
        Assert.True(faults.Count == 0, source + ":\n" + string.Join("\n", faults));
    }

    [Theory]
    [InlineData("@part.number")]
    [InlineData("num.form")]
    [InlineData("{0}")]
    [InlineData("\uFFFFw")]
    public void A_word_passed_as_data_is_caught(string argument)
    {
        var diagnostic = new Diagnostic(DiagnosticCode.CheckPartMissing, Severity.Error, SourceSpan.WholeFile("plan.docx"), [argument]);
        Assert.NotEmpty(Faults(diagnostic, "vi"));
        Assert.NotEmpty(Faults(diagnostic, "en"));
        Assert.Empty(Faults(diagnostic with { Arguments = [MessageWord.Part.Number] }, "vi"));
    }

    [Fact]
    public void Every_message_word_has_its_text_in_both_languages()
    {
        var words = typeof(MessageWord).GetNestedTypes()
            .SelectMany(group => group.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.FieldType == typeof(MessageWord))
            .Select(field => ((MessageWord)field.GetValue(null)!).Key)
            .ToList();
        Assert.True(words.Count > 60, "the words were not found: " + words.Count);
        foreach (var language in new[] { "en", "vi" })
        {
            var keys = Keys(language);
            var missing = words.Where(word => !keys.Contains("@" + word)).ToList();
            Assert.True(missing.Count == 0, language + " has no text for: " + string.Join(", ", missing));
        }
    }

    private static List<Diagnostic> Produce(string source, TempFolder folder)
    {
        var (kind, name) = (source[..source.IndexOf(':', StringComparison.Ordinal)], source[(source.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        var bag = new DiagnosticBag();
        switch (kind)
        {
            case "case":
                var caseFolder = Path.Combine(TestPaths.Cases(name.Split('/')[0]), name.Split('/')[1]);
                var report = Path.Combine(caseFolder, "report.yaml");
                return [.. (File.Exists(report) ? Diagnose.Document(report) : Diagnose.Plan(Path.Combine(caseFolder, "plan.yaml"))).Items];
            case "example":
                var diagnostics = Diagnose.Plan(ExampleBuilds.PathOf(name)).Items.ToList();
                var docx = folder.File("plan.docx");
                File.WriteAllBytes(docx, ExampleBuilds.Render(name).Docx);
                diagnostics.AddRange(CheckRun.Bytes(File.ReadAllBytes(docx)));
                PlanImporter.Import(TestRun.New(), docx, folder.File("plan.yaml"), null, bag);
                return [.. diagnostics, .. bag.Items];
            case "seed":
                PlanImporter.Import(TestRun.New(), Path.Combine(TestPaths.Seeds, name), folder.File("seed.yaml"), null, bag);
                return [.. bag.Items];
            case "check":
                return [.. CheckRun.Bytes(File.ReadAllBytes(Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Check", "Fixtures", name)))];
            case "mutation":
                return [.. CheckRun.Bytes(Mutate.Apply(CheckRun.LaoCai, MutationCheckTests.Mutations[name].Change))];
            case "pdf":
                PlanImporter.Import(TestRun.New(), Path.Combine(TestPaths.Repository, "tests", "PlanGen.Tests", "Pdf", "Fixtures", name), folder.File("pdf.yaml"), null, bag);
                return [.. bag.Items];
            default:
                var lines = NotPlans.Single(d => d.StartsWith(name + "|", StringComparison.Ordinal)).Split('|')[1..];
                var path = folder.File(name);
                if (name.EndsWith(".docx", StringComparison.Ordinal)) File.WriteAllBytes(path, RawDocx.Make(string.Concat(lines.Select(line => RawDocx.P(line)))));
                else File.WriteAllText(path, string.Join("\n\n", lines) + "\n");
                PlanImporter.Import(TestRun.New(), path, folder.File("not-a-plan.yaml"), null, bag);
                return [.. bag.Items];
        }
    }

    /// <summary>What in a diagnostic's printed message and hint is not a whole sentence.</summary>
    internal static IEnumerable<string> Faults(Diagnostic diagnostic, string language)
    {
        var text = TextDiagnosticFormatter.Format(diagnostic, language);
        var message = diagnostic.Message(language);
        var keys = Keys(language);
        if (message == diagnostic.Id) yield return $"{language}: {diagnostic.Id} has no message: {text}";
        foreach (Match word in Placeholder().Matches(text))
        {
            if (keys.Contains("@" + word.Groups["key"].Value) || word.Groups["key"].Value.Contains('.', StringComparison.Ordinal))
            {
                yield return $"{language}: a placeholder {word.Value} is printed: {text}";
            }
        }
        foreach (var key in keys.Where(k => k.StartsWith('@') && k.Contains('.', StringComparison.Ordinal)))
        {
            if (Regex.IsMatch(text, @"(?<![\w@]|\w\.)" + Regex.Escape(key[1..]) + @"(?!\w|\.\w)")) yield return $"{language}: the resource key {key} is printed: {text}";
        }
        if (Unfilled().IsMatch(text)) yield return $"{language}: a {{n}} is left unfilled: {text}";
        // Printed escaped, as every echoed value is, or as it is.
        if (text.Contains('\uFFFF', StringComparison.Ordinal) || text.Contains("\\uFFFF", StringComparison.Ordinal)) yield return $"{language}: an undecoded argument (U+FFFF) is printed: {text}";
    }

    private static readonly Dictionary<string, HashSet<string>> KeysByLanguage = [];

    private static HashSet<string> Keys(string language)
    {
        lock (KeysByLanguage)
        {
            if (!KeysByLanguage.TryGetValue(language, out var keys))
            {
                var file = Path.Combine(TestPaths.Repository, "src", "PlanGen.Core", "Diagnostics", language == "vi" ? "Messages.vi.resx" : "Messages.resx");
                keys = [.. XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];
                KeysByLanguage[language] = keys;
            }
            return keys;
        }
    }

    [GeneratedRegex(@"@(?<key>[a-z][a-z\-]*(?:\.[a-z][a-z\-]*)*)")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Unfilled();
}
