using PlanGen.Core.Model;

namespace PlanGen.Tests.Templating;

/// <summary>Plans built in code, resembling the seeds: a draft emulation plan (001) and an issued plan with an appendix (004).</summary>
internal static class PlanFixtures
{
    public static Section Text(params string[] paragraphs) => new(null, paragraphs, [], [], null, null, null, []);

    public static Section Titled(string title, params string[] paragraphs) => Text(paragraphs) with { Title = title };

    public static Section Items(string? title, params Section[] items) => new(title, [], [], items, null, null, null, []);

    public static Bullet Bullet(string text, params string[] plus) => new(text, plus);

    /// <summary>Like seed 001: a department's draft, no number, day left blank, KT. signature without a name.</summary>
    public static Plan DraftEmulationPlan() => Base(
        new Issuer("UBND tỉnh Bình Phước", "Sở Thông tin và Truyền thông", "STTTT", "Bình Phước", UnitLevel.Department, null, "Sở Thông tin và Truyền thông"),
        "ke-hoach-thi-dua") with
    {
        Date = new VnDate(2020, 4, null),
        Title = "Phát động phong trào thi đua bảo đảm trật tự\nan toàn giao thông năm 2020",
        Theme = "Đã uống rượu, bia, không lái xe",
        Period = new Period(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)),
        Parent = new ParentReference(null, new Citation("kế hoạch", "83/KH-UBND", new VnDate(2020, 4, 1), null, "phát động phong trào thi đua bảo đảm trật tự an toàn giao thông năm 2020", null)),
        Introduction = "Sở Thông tin và Truyền thông xây dựng kế hoạch triển khai thực hiện, như sau:",
        Purpose = Text("Tiếp tục thực hiện năm an toàn giao thông 2020 với chủ đề “**Đã uống rượu, bia, không lái xe**”."),
        Requirements = Text("Phong trào thi đua được phát động và triển khai sâu rộng, hưởng ứng thực hiện thường xuyên, hiệu quả."),
        Content = new Section(null, [], [], [
            Titled("Công tác tuyên truyền", "Nâng cao hiệu quả công tác tuyên truyền về trật tự an toàn giao thông.") with
            {
                Assignment = new Assignment(null, [], [], [
                    new Assignment("Tuyên truyền tại cơ quan: Văn phòng chủ trì thực hiện.", [new UnitName("Văn phòng")], [], []),
                    new Assignment("Định hướng tuyên truyền đối với cơ quan báo chí: Phòng Thông tin - Báo chí - Xuất bản chủ trì thực hiện.", [], [], []),
                ]),
                Timeline = new Timeline("Trong năm 2020"),
            },
            Titled("Chấp hành các quy định pháp luật về an toàn giao thông", "Toàn thể công chức nghiêm túc chấp hành các quy định pháp luật.") with
            {
                Assignment = new Assignment("100% công chức, viên chức, người lao động Sở Thông tin và Truyền thông.", [], [], []),
                Timeline = new Timeline("Trong năm 2020"),
            },
        ], null, null, null, []),
        Organization = Items(null,
            new Section("Văn phòng", [], [Bullet("Tham mưu triển khai thực hiện phát động phong trào thi đua.")], [], null, null, null, []),
            new Section("Các phòng, đơn vị thuộc Sở", [], [Bullet("Quán triệt đến công chức, viên chức nội dung của phong trào thi đua.")], [], null, null, null, [])),
        Closing = "Trên đây là Kế hoạch phát động phong trào thi đua bảo đảm trật tự an toàn giao thông năm 2020 của Sở Thông tin và Truyền thông",
        Recipients = [new Recipient("Công an tỉnh", null), new Recipient("Các phòng, Trung tâm", null)],
        Archive = ["VT"],
        Signature = new Signature([SigningAuthority.KT], null, "Giám đốc", "Phó Giám đốc", null, null),
    };

    /// <summary>Like seed 004: an issued provincial plan with bases, a theme and an appendix task table.</summary>
    public static Plan IssuedTrafficPlan() => Base(
        new Issuer(null, "Ủy ban nhân dân tỉnh Lào Cai", "UBND", "Lào Cai", UnitLevel.Province, "ubnd-tinh", "UBND tỉnh"),
        "ke-hoach-atgt") with
    {
        Number = new DocumentNumber(68),
        Date = new VnDate(2024, 1, 31),
        Title = "Bảo đảm an toàn giao thông năm 2024",
        Theme = "Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn",
        Period = new Period(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)),
        Parent = new ParentReference(null, new Citation("Kế hoạch", "689/KH-UBATGTQG", new VnDate(2023, 12, 19), "Ủy ban An toàn giao thông Quốc gia", null, null)),
        Basis =
        [
            new Citation("Chỉ thị", "23-CT/TW", new VnDate(2023, 5, 25), "Ban Bí thư Trung ương Đảng", null, null),
            new Citation("Nghị quyết", "149/NQ-CP", new VnDate(2023, 9, 21), "Chính phủ", null, null),
            new Citation(null, null, null, null, null, "Chương trình hành động của Tỉnh uỷ về tăng cường công tác bảo đảm trật tự, an toàn giao thông trong tình hình mới"),
        ],
        Introduction = "UBND tỉnh ban hành Kế hoạch bảo đảm an toàn giao thông năm 2024 với chủ đề \"*Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn*\" như sau:",
        Targets = Items(null, Text("Thực hiện hiệu quả các giải pháp nhằm nâng cao nhận thức của người tham gia giao thông."), Text("Phòng, tránh ùn tắc giao thông.")),
        Requirements = Items(null, Text("Các cấp, các ngành xây dựng kế hoạch triển khai cụ thể.")),
        Content = new Section(null, ["Các cấp, các ngành triển khai thực hiện các nhiệm vụ trọng tâm năm 2024 như sau:"], [], [Text("Quyết liệt trong công tác lãnh đạo, chỉ đạo.")], null, null, null, []),
        Budget = Items(null, Text("Kinh phí thực hiện kế hoạch này được đảm bảo từ nguồn ngân sách Nhà nước năm 2024.")),
        Organization = new Section(null, [], [], [
            Items("Ban An toàn giao thông tỉnh", Text("Chủ động tham mưu chỉ đạo, triển khai thực hiện."), Text("Phối hợp chặt chẽ với các Sở, ngành.")),
        ], null, null, null, ["(Nhiệm vụ cụ thể đối với Sở, ngành, địa phương có Phụ lục kèm theo)"]),
        Closing = "Trên đây là kế hoạch Năm an toàn giao thông 2024",
        Appendix = new Appendix("Phụ lục", "Nhiệm vụ bảo đảm ATGT năm 2024 của Ban ATGT tỉnh, các Sở, ngành, địa phương", [
            new TaskGroup("I", "Công tác lãnh đạo chỉ đạo", TaskCells.None, [
                Task("I.1", "1", "Xây dựng kế hoạch triển khai Năm ATGT 2024", "Tháng 02/2024", "Các sở, ban, ngành", "Sở Giáo dục – Đào tạo, Sở Nội vụ"),
                Task("I.7", "7", "Đôn đốc, giám sát, kiểm tra", null, null, null) with
                {
                    SubTasks = [Task("I.7.1", "7.1", "Kiểm tra ATGT đường thuỷ nội địa", "Quý IV/2024", "Công an tỉnh/ Sở GTVT", "Ban ATGT tỉnh")],
                },
            ]),
            new TaskGroup("VIII", "Sơ kết, tổng kết công tác bảo đảm TTATGT", new TaskCells(new Timeline("Tổng kết - tháng 12/2024"), "Ban ATGT tỉnh", null, null, [], []), []),
        ]),
        Recipients = [new Recipient("Ủy ban ATGTQG (b/c)", null)],
        Archive = ["VT", "XD1"],
        Signature = new Signature([SigningAuthority.TM, SigningAuthority.KT], "Ủy ban nhân dân", "Chủ tịch", "Phó Chủ tịch", "Nguyễn Trọng Hài", null),
    };

    public static PlanTask Task(string id, string number, string content, string? timeline, string? lead, string? support) =>
        new(id, number, content, new TaskCells(timeline is null ? null : new Timeline(timeline), lead, support, null, [], []), []);

    private static Plan Base(Issuer issuer, string template) => new()
    {
        SourcePath = "plan.yaml",
        Template = template,
        TypeCode = "KH",
        Issuer = issuer,
        Title = "Kế hoạch",
    };
}
