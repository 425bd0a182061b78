using PlanGen.Core;
using PlanGen.Core.Build;
using PlanGen.Core.Diagnostics;
using PlanGen.Docx;
using PlanGen.Tests.Support;

namespace PlanGen.Tests.Check;

/// <summary>
/// Every documented option that changes what a plan prints (docs/plan-format.md), each built
/// into a DOCX over one plan and checked against the decree: plangen's own output passes with no error.
/// </summary>
public sealed class OptionMatrixCheckTests
{
    // One plan with every part filled in; each case replaces or removes top-level keys of it.
    private static readonly (string Key, string Yaml)[] Base =
    [
        ("template", "template: ke-hoach-atgt"),
        ("issuer", "issuer:\n  governing_body: Ủy ban nhân dân tỉnh Lào Cai\n  name: Sở Giáo dục và Đào tạo\n  short_name: Sở GD&ĐT\n  code: SGDĐT\n  place: Lào Cai\n  level: department"),
        ("number", "number: 25"),
        ("date", "date: 2024-02-20"),
        ("title", "title: Bảo đảm trật tự an toàn giao thông năm 2024"),
        ("theme", "theme: Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn"),
        ("period", "period: 2024"),
        ("parent", "parent:\n  kind: Kế hoạch\n  number: 68/KH-UBND\n  date: 2024-01-31\n  issuer: Ủy ban nhân dân tỉnh Lào Cai"),
        ("basis", "basis:\n  - kind: Chỉ thị\n    number: 31/CT-TTg\n    date: 2023-11-21\n    issuer: Thủ tướng Chính phủ"),
        ("basis_layout", "basis_layout: sentence"),
        ("heading_case", "heading_case: upper"),
        ("introduction", "introduction: \"Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:\""),
        ("purpose", "purpose: Nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông của học sinh."),
        ("requirements", "requirements: Các đơn vị chủ động xây dựng kế hoạch cụ thể."),
        ("content", "content:\n  items:\n    - title: Tuyên truyền\n      text: Tổ chức tuyên truyền trong trường học.\n      items:\n        - Sinh hoạt dưới cờ.\n        - Hoạt động trải nghiệm.\n    - Kiểm tra cổng trường an toàn giao thông."),
        ("organization", "organization: Các phòng thuộc Sở triển khai thực hiện."),
        ("closing", "closing: Trên đây là Kế hoạch của Sở Giáo dục và Đào tạo"),
        ("appendix", "appendix:\n  title: Nhiệm vụ bảo đảm ATGT năm 2024\n  groups:\n    - title: Công tác tuyên truyền\n      tasks:\n        - content: Tuyên truyền pháp luật về ATGT\n          timeline: Thường xuyên\n          lead: Phòng Giáo dục Trung học\n          support: Công an tỉnh"),
        ("recipients", "recipients:\n  - UBND tỉnh (b/c)\n  - Công an tỉnh"),
        ("archive", "archive: [VT, CTTT]"),
        ("signature", "signature:\n  authority: KT\n  head: Giám đốc\n  office: Phó Giám đốc\n  name: Nguyễn Văn An"),
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        void Add(string name, string overrides) => data.Add(name, overrides);
        Add("as given", "");
        Add("template ke-hoach-thi-dua", "template: ke-hoach-thi-dua");
        Add("heading_case as_written", "heading_case: as_written");
        Add("part_numbering letters", "part_numbering: letters");
        Add("part_numbering named", "part_numbering: named");
        Add("part_numbering letters, template ke-hoach-thi-dua", "template: ke-hoach-thi-dua\npart_numbering: letters");
        Add("basis_layout sentences", "basis_layout: sentences");
        Add("basis_layout paragraphs", "basis_layout: paragraphs");
        Add("draft: no number, month only, no name", "number: ~\ndate: 2024-02\nsignature:\n  authority: KT\n  head: Giám đốc\n  office: Phó Giám đốc");
        Add("period as two dates", "period: 15/03/2024 - 31/12/2024");
        Add("no governing body, level province", "issuer:\n  name: Ủy ban nhân dân tỉnh Lào Cai\n  short_name: UBND tỉnh\n  code: UBND\n  place: Lào Cai\n  level: province");
        Add("level national", "issuer:\n  name: Ủy ban An toàn giao thông Quốc gia\n  code: UBATGTQG\n  place: Hà Nội\n  level: national");
        Add("level district", "issuer:\n  name: Ủy ban nhân dân huyện Bảo Thắng\n  code: UBND\n  place: Bảo Thắng\n  level: district");
        Add("level commune", "issuer:\n  governing_body: Ủy ban nhân dân huyện Bảo Thắng\n  name: Ủy ban nhân dân xã Phú Nhuận\n  code: UBND\n  place: Phú Nhuận\n  level: commune");
        Add("the head signs", "signature:\n  office: Giám đốc\n  name: Nguyễn Văn An");
        Add("signature TM", "signature:\n  authority: TM\n  body: Ủy ban nhân dân\n  office: Chủ tịch\n  name: Nguyễn Văn An");
        Add("signature TM and KT", "signature:\n  authority: [TM, KT]\n  body: Ủy ban nhân dân\n  head: Chủ tịch\n  office: Phó Chủ tịch\n  name: Nguyễn Văn An");
        Add("signature TL", "signature:\n  authority: TL\n  head: Giám đốc\n  office: Chánh Văn phòng\n  name: Nguyễn Văn An");
        Add("signature TUQ", "signature:\n  authority: TUQ\n  head: Giám đốc\n  office: Trưởng phòng\n  name: Nguyễn Văn An");
        Add("signature Q", "signature:\n  authority: Q\n  office: Giám đốc\n  name: Nguyễn Văn An");
        Add("signature with a note", "signature:\n  office: Giám đốc\n  name: Nguyễn Văn An\n  note: Chủ tịch UBND xã");
        Add("no appendix", "appendix: ~");
        Add("every known part and extra parts", "targets: Không để xảy ra tai nạn giao thông liên quan đến học sinh.\nsubjects: Học sinh, giáo viên, cán bộ, công chức, viên chức.\nbudget: Từ nguồn chi thường xuyên của đơn vị.\nbudget_source: Ngân sách nhà nước\nrewards: Khen thưởng tập thể, cá nhân có thành tích.\nextra:\n  - title: Chế độ báo cáo\n    text: Báo cáo 6 tháng và cả năm.");
        Add("appendix with its heading, sub-tasks and a group's own cells", "appendix:\n  heading: Phụ lục I\n  title: Nhiệm vụ bảo đảm ATGT năm 2024\n  groups:\n    - title: Công tác tuyên truyền\n      tasks:\n        - content: Đôn đốc, kiểm tra\n          tasks:\n            - content: Kiểm tra cổng trường\n              timeline: Quý IV/2024\n              lead: Thanh tra Sở\n    - title: Sơ kết, tổng kết\n      timeline: Tháng 12/2024\n      lead: Văn phòng Sở");
        Add("a part's own title", "organization:\n  title: Trách nhiệm thực hiện\n  text: Các phòng thuộc Sở triển khai thực hiện.");
        // Left out: a plan with neither recipients nor archive builds with no "Nơi nhận:" at all, which
        // the check refuses (PG5014, the decree's box 9b is required); build warns of it first (PG2035).
        Add("parts in the document's order", "purpose: ~\nrequirements: ~\ncontent: ~\norganization: ~\nparts:\n  - kind: organization\n    text: Các phòng thuộc Sở triển khai thực hiện.\n  - title: Tiêu chí cơ bản\n    heading_case: as_written\n    text: Không có học sinh vi phạm.\n  - kind: content\n    items:\n      - Kiểm tra cổng trường an toàn giao thông.");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_plan_built_with_each_documented_option_passes_the_check_with_no_error(string option, string overrides)
    {
        using var folder = new TempFolder();
        var path = folder.File("ke-hoach.yaml", Compose(overrides));
        var bag = new DiagnosticBag();
        var plan = PlanPipeline.LoadChecked(TestRun.New(), path, bag);
        var rendered = plan is null ? null : PlanRenderer.Default.Render(TestRun.New(), plan, null, bag);
        Assert.False(bag.HasErrors || rendered is null, option + ": " + CheckRun.Show(bag.Items));

        var found = CheckRun.Bytes(rendered!.Docx).Where(d => d.Severity == Severity.Error).ToList();

        Assert.True(found.Count == 0, option + ":\n" + CheckRun.Show(found));
    }

    // A "key: ~" override removes the key; any other replaces it or is added at the end.
    private static string Compose(string overrides)
    {
        var blocks = Base.ToDictionary(b => b.Key, b => b.Yaml, StringComparer.Ordinal);
        var order = Base.Select(b => b.Key).ToList();
        foreach (var block in SplitTopLevel(overrides))
        {
            var key = block[..block.IndexOf(':', StringComparison.Ordinal)];
            if (!order.Contains(key)) order.Add(key);
            blocks[key] = block.EndsWith(": ~", StringComparison.Ordinal) ? "" : block;
        }
        return string.Join("\n", order.Select(k => blocks[k]).Where(b => b.Length > 0)) + "\n";
    }

    private static List<string> SplitTopLevel(string yaml)
    {
        var blocks = new List<string>();
        foreach (var line in yaml.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith(' ') && blocks.Count > 0) blocks[^1] += "\n" + line;
            else blocks.Add(line);
        }
        return blocks;
    }
}
