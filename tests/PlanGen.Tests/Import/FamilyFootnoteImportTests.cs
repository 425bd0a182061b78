using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Import;
using PlanGen.Tests.Check;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Import;

/// <summary>
/// Footnotes in every document of the family come back on import: a report citing a directive
/// in a note, a Tờ trình, a Thông báo, a Công văn and a Quyết định each get their <c>[^1]</c> where it
/// stood and their <c>footnotes:</c> list; a decision keeps its own notes and leaves the plan it
/// carries the plan's.
/// </summary>
public sealed class FamilyFootnoteImportTests : IDisposable
{
    private const string Note = "Chỉ thị số 23-CT/TW ngày 25/5/2018 của *Ban Bí thư* về tăng cường sự lãnh đạo của Đảng.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string, string> Documents() => new()
    {
        { "khanh-hoa-2021", "tt-39-batgt.yaml", "dự thảo Kế hoạch)" },
        { "khanh-hoa-2021", "tb-ket-luan-so-ket.yaml", "biết, thực hiện" },
        { "khanh-hoa-2021", "cv-trien-khai-ke-hoach.yaml", "nghiêm túc triển khai thực hiện" },
        { "khanh-hoa-2021", "qd-665-ubnd.yaml", "kể từ ngày ký" },
        { "lao-cai-2024", "bc-so-gddt-6-thang-2024.yaml", "của Ủy ban nhân dân tỉnh Lào Cai" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_footnote_of_a_document_of_the_family_imports_where_it_stood_with_its_note(string folder, string example, string after)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Examples, folder)))
        {
            File.Copy(file, _folder.File(Path.GetFileName(file)));
        }
        var source = _folder.File(example);
        var yaml = File.ReadAllText(source);
        Assert.Contains(after, yaml, StringComparison.Ordinal);
        File.WriteAllText(source, yaml.Replace(after, after + "[^1]", StringComparison.Ordinal) + $"\nfootnotes:\n  - \"{Note}\"\n");
        var bag = new DiagnosticBag();
        var built = PlanBuild.Check(TestRun.New(), source, null, bag);
        Assert.True(built is not null, CheckRun.Show(bag.Items));
        var docx = _folder.File("nhap/van-ban.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(docx)!);
        File.WriteAllBytes(docx, built.Docx);

        var imported = PlanImporter.Import(TestRun.New(), docx, _folder.File("nhap/van-ban.yaml"), null, bag);

        Assert.True(imported is not null, CheckRun.Show(bag.Items));
        Assert.False(bag.HasErrors, CheckRun.Show(bag.Items));
        Assert.Equal([Note], imported.Document.Footnotes);
        Assert.Contains(after + "[^1]", imported.Yaml, StringComparison.Ordinal);
        // The plan a decision carries has no note of its own here: the decision's is not handed to it.
        Assert.Empty(imported.Attached?.Document.Footnotes ?? []);
    }
}
