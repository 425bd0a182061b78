namespace PlanGen.Cli;

/// <summary>The Vietnamese of the command line's descriptions, keyed by their English.</summary>
internal static class HelpTexts
{
    public static readonly IReadOnlyDictionary<string, string> Vietnamese = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["plangen — kế hoạch theo Nghị định 30/2020/NĐ-CP: validate, derive and build plans as DOCX"] =
            "plangen — kế hoạch theo Nghị định 30/2020/NĐ-CP: kiểm tra, tạo kế hoạch cấp dưới và xuất DOCX",
        ["Show help and usage information"] = "Hiện trợ giúp và cách dùng",
        ["Show version information"] = "Hiện phiên bản",
        ["Language of messages: vi or en (default: from the system culture)"] = "Ngôn ngữ của thông báo: vi hoặc en (mặc định: theo ngôn ngữ của máy)",
        ["Format of diagnostics on stderr: text or json"] = "Cách in thông báo lỗi ra stderr: text (để người đọc) hoặc json (cho chương trình khác đọc)",
        ["Print errors only"] = "Chỉ in lỗi",
        ["Print every warning, also those repeated across many plans"] = "In mọi cảnh báo, cả những cảnh báo lặp lại ở nhiều kế hoạch",

        ["Check plans without building them"] = "Kiểm tra kế hoạch, không xuất tệp DOCX",
        ["Plan YAML files or folders of them"] = "Các tệp kế hoạch YAML, hoặc thư mục chứa chúng",
        ["Treat untaken parent tasks as errors"] = "Coi nhiệm vụ cấp trên chưa được triển khai là lỗi",

        ["Validate plans and build them as DOCX"] = "Kiểm tra kế hoạch rồi xuất ra tệp DOCX",
        ["The DOCX file (one plan) or folder (several plans); default: beside each YAML"] =
            "Tệp DOCX (một kế hoạch) hoặc thư mục (nhiều kế hoạch); mặc định: cạnh mỗi tệp YAML",
        ["A built-in template name or a template folder, instead of the plan's own"] = "Tên mẫu có sẵn hoặc thư mục mẫu, thay cho mẫu ghi trong kế hoạch",
        ["An office's layout values (YAML, e.g. body_size_pt: 13), inside the decree's ranges"] =
            "Thông số trình bày riêng của cơ quan (YAML, ví dụ body_size_pt: 13), trong khoảng Nghị định cho phép",
        ["Rebuild on every save of the plans (Ctrl-C to stop)"] = "Xuất lại mỗi khi lưu kế hoạch (Ctrl-C để dừng)",
        ["Replace a DOCX or PDF that plangen did not write (the document a plan was imported from, a signed PDF)"] =
            "Ghi đè cả tệp DOCX hoặc PDF không do plangen tạo ra (như văn bản gốc mà kế hoạch được nhập từ đó, tệp PDF đã ký số)",
        ["Also print each DOCX to NAME.pdf with LibreOffice"] = "Xuất thêm mỗi tệp DOCX ra TÊN.pdf bằng LibreOffice",
        ["Also print each DOCX to NAME.pdf as PDF/A-2b, for the archive"] = "Xuất thêm mỗi tệp DOCX ra TÊN.pdf dạng PDF/A-2b, để lưu trữ",
        ["Also write NAME.meta.json beside each DOCX: the fields the e-office asks for (Decree 30, Appendix VI)"] =
            "Ghi thêm TÊN.meta.json cạnh mỗi tệp DOCX: thông tin đầu vào của văn bản mà hệ thống quản lý văn bản điện tử cần (Phụ lục VI, Nghị định 30)",

        ["Write the plan a decision issues to a DOCX of its own (NAME-ke-hoach.docx) instead of after the decision"] =
            "Ghi kế hoạch ban hành kèm theo quyết định thành tệp DOCX riêng (TÊN-ke-hoach.docx), thay vì in tiếp sau quyết định",

        ["Write a sub-plan skeleton for a unit named in a parent plan"] = "Tạo khung kế hoạch cấp dưới cho một đơn vị có tên trong kế hoạch cấp trên",
        ["The parent plan: its YAML, or the DOCX or PDF it was issued as"] = "Kế hoạch cấp trên: tệp YAML, hoặc tệp DOCX, PDF đã ban hành",
        ["The unit the sub-plan is for, by any name or id in units.yaml"] = "Đơn vị của kế hoạch cấp dưới, theo tên hoặc mã bất kỳ trong units.yaml",
        ["The sub-plan to write (default: <parent folder>/<unit id>.yaml)"] = "Tệp kế hoạch cấp dưới cần ghi (mặc định: <thư mục kế hoạch cấp trên>/<mã đơn vị>.yaml)",
        ["Overwrite the output file if it exists"] = "Ghi đè tệp kết quả nếu đã có",
        ["Write a sub-plan for every unit that leads a task of the parent, into the -o folder (default: the parent's folder)"] =
            "Tạo kế hoạch cấp dưới cho mọi đơn vị chủ trì nhiệm vụ của kế hoạch cấp trên, vào thư mục -o (mặc định: thư mục kế hoạch cấp trên)",

        ["Show which tasks of a parent plan its sub-plans take up"] = "Cho biết nhiệm vụ nào của kế hoạch cấp trên đã được các kế hoạch cấp dưới triển khai",
        ["Sub-plan YAML files or folders of them"] = "Các tệp YAML kế hoạch cấp dưới, hoặc thư mục chứa chúng",
        ["Output format: table, csv, json or docx (a landscape report in the administrative layout)"] =
            "Định dạng: table, csv, json hoặc docx (báo cáo khổ ngang theo thể thức hành chính)",
        ["The file to write (default: standard output; for docx <parent>.coverage.docx beside the parent)"] =
            "Tệp cần ghi (mặc định: màn hình; với docx là <kế hoạch cấp trên>.coverage.docx cạnh kế hoạch cấp trên)",

        ["List the built-in templates or export one to edit"] = "Liệt kê các mẫu có sẵn hoặc xuất một mẫu ra để sửa",
        ["List the built-in templates"] = "Liệt kê các mẫu có sẵn",
        ["Write a built-in template's files to a folder, to edit and use with --template"] = "Ghi các tệp của một mẫu có sẵn ra thư mục, để sửa và dùng với --template",
        ["The template to export"] = "Mẫu cần xuất",
        ["Where to write it (a new folder)"] = "Nơi ghi (một thư mục mới)",
        ["Overwrite files already there"] = "Ghi đè các tệp đã có ở đó",

        ["Write a starter plan to fill in"] = "Tạo một bản nháp kế hoạch để điền",
        ["The plan to write"] = "Tệp kế hoạch cần ghi",
        ["The built-in template it uses"] = "Mẫu có sẵn mà kế hoạch dùng",
        ["The body it is written for: commune (UBND xã), district (UBND huyện) or school (trường), in English or Vietnamese (xã, huyện, trường); by default a department (Sở). With --type: the plan (PLAN.yaml)"] =
            "Cơ quan mà bản nháp viết cho: xã (commune), huyện (district) hoặc trường (school), viết tiếng Việt hay tiếng Anh đều được; mặc định là một Sở. Với --type: tệp kế hoạch (PLAN.yaml)",
        ["With --for PLAN.yaml: the decision that issues the plan (quyet-dinh) or the letter that forwards it to its units (cong-van), beside the plan unless FILE is given"] =
            "Với --for PLAN.yaml: quyết định ban hành kế hoạch (quyet-dinh) hoặc công văn gửi kế hoạch tới các đơn vị thực hiện (cong-van), đặt cạnh kế hoạch nếu không ghi FILE",
        ["Overwrite the file if it exists"] = "Ghi đè tệp nếu đã có",

        ["List a batch of built documents as the outgoing register's rows, from their NAME.meta.json: a table or CSV"] =
            "Liệt kê các văn bản đã xuất thành các dòng của sổ đăng ký văn bản đi, từ các tệp TÊN.meta.json: bảng hoặc CSV",
        ["Folders of documents built with --metadata, or NAME.meta.json files"] = "Các thư mục văn bản đã xuất với --metadata, hoặc các tệp TÊN.meta.json",
        ["Output format: table or csv (for Excel)"] = "Định dạng kết quả: table (bảng) hoặc csv (cho Excel)",
        ["Print the JSON Schema of the plan YAML, for editors"] = "In JSON Schema của tệp kế hoạch YAML, để trình soạn thảo gợi ý và kiểm tra các khóa",
        ["The schema of NAME.meta.json (build --metadata) instead of the plan's"] = "JSON Schema của TÊN.meta.json (build --metadata) thay cho của kế hoạch",
        ["The file to write (e.g. plan.schema.json beside the plans) instead of standard output"] =
            "Tệp cần ghi (ví dụ plan.schema.json cạnh các kế hoạch) thay vì in ra màn hình",

        ["Check any DOCX against the layout of Decree 30/2020/NĐ-CP, or a PDF for signing"] = "Kiểm tra thể thức của một tệp DOCX bất kỳ theo Nghị định 30/2020/NĐ-CP, hoặc kiểm tra tệp PDF trước khi trình ký",
        ["DOCX or PDF files, or folders of DOCX files"] = "Các tệp DOCX hoặc PDF, hoặc thư mục chứa tệp DOCX",
        ["Write a copy with the mechanical findings repaired (NAME.fixed.docx unless -o says where)"] =
            "Ghi một bản sao đã sửa những lỗi thể thức sửa được tự động (TÊN.fixed.docx nếu -o không chỉ nơi khác)",
        ["With --fix: the fixed DOCX (one input) or a folder (several)"] = "Với --fix: tệp DOCX đã sửa (một tệp vào) hoặc một thư mục (nhiều tệp)",

        ["Write a plan YAML from an existing document (DOCX, PDF or text)"] = "Tạo tệp YAML từ một văn bản đã có (tệp DOCX, PDF hoặc văn bản thuần)",
        ["DOCX, PDF or text files, or folders of them"] = "Các tệp DOCX, PDF hoặc văn bản, hoặc thư mục chứa chúng",
        ["The YAML file (one document) or folder (several); default: beside each document"] =
            "Tệp YAML (một văn bản) hoặc thư mục (nhiều văn bản); mặc định: cạnh từng văn bản",
        ["Overwrite existing YAML files"] = "Ghi đè các tệp YAML đã có",
        ["The template the plan names, instead of the one its parts suggest"] = "Mẫu mà kế hoạch dùng, thay cho mẫu mà các phần của văn bản gợi ý",

        ["Reports on a plan: a unit's report skeleton, the units' reports put together"] = "Báo cáo về một kế hoạch: tạo khung báo cáo của một đơn vị, tổng hợp báo cáo của các đơn vị",
        ["Put the units' reports on a plan together into the issuer's report draft"] = "Tổng hợp báo cáo của các đơn vị về một kế hoạch thành dự thảo báo cáo của cơ quan ban hành kế hoạch",
        ["The units' report YAML files or folders of them"] = "Các tệp YAML báo cáo của các đơn vị, hoặc thư mục chứa chúng",
        ["The draft to write (default: <plan folder>/bc-tong-hop-<period>.yaml)"] = "Tệp dự thảo cần ghi (mặc định: <thư mục kế hoạch>/bc-tong-hop-<kỳ>.yaml)",
        ["Write the skeleton of a unit's report on a plan for one period"] = "Tạo khung báo cáo của một đơn vị về một kế hoạch cho một kỳ báo cáo",
        ["The plan reported on: its YAML, DOCX, PDF or text"] = "Kế hoạch được báo cáo: tệp YAML, DOCX, PDF hoặc văn bản của nó",
        ["The unit that reports, by any name or id in units.yaml"] = "Đơn vị báo cáo, theo tên hoặc mã bất kỳ trong units.yaml",
        ["For a report that cites no plan: the plan it reports on, its file (YAML, DOCX, PDF, text) or its citation"] = "Với báo cáo không nêu kế hoạch: kế hoạch được báo cáo, tệp của nó (YAML, DOCX, PDF, văn bản) hoặc trích dẫn của nó",
        ["For a report that names no period: 2024-06 (a month), 2024-q2, 2024-6m, 2024-9m or 2024"] = "Với báo cáo không nêu kỳ báo cáo: 2024-06 (tháng), 2024-q2 (quý), 2024-6m (6 tháng), 2024-9m (9 tháng) hoặc 2024 (năm)",
        ["The period: 2024-06 (a month), 2024-q2, 2024-6m, 2024-9m or 2024"] = "Kỳ báo cáo: 2024-06 (tháng), 2024-q2 (quý), 2024-6m (6 tháng), 2024-9m (9 tháng) hoặc 2024 (năm)",
        ["The report to write (default: <plan folder>/bc-<unit id>-<period>.yaml)"] = "Tệp báo cáo cần ghi (mặc định: <thư mục kế hoạch>/bc-<mã đơn vị>-<kỳ>.yaml)",

        ["List every report due date and task timeline of plans and their sub-plans: a table, CSV or iCalendar"] =
            "Liệt kê mọi hạn gửi báo cáo và thời gian thực hiện nhiệm vụ của kế hoạch và các kế hoạch cấp dưới: bảng, CSV hoặc lịch iCalendar",
        ["Output format: table, csv (for Excel) or ics (to import into a calendar)"] = "Định dạng: table (bảng), csv (mở bằng Excel) hoặc ics (nhập vào lịch)",
        ["The file to write (default: standard output)"] = "Tệp cần ghi (mặc định: màn hình)",
    };

    /// <summary>The Vietnamese of the placeholders help shows for arguments and option values, keyed by their English name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Placeholders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["plans"] = "kế hoạch",
        ["plan"] = "kế hoạch",
        ["reports"] = "báo cáo",
        ["period"] = "kỳ báo cáo",
        ["folders"] = "thư mục",
        ["parent"] = "kế hoạch cấp trên",
        ["children"] = "kế hoạch cấp dưới",
        ["documents"] = "văn bản",
        ["files"] = "tệp",
        ["file"] = "tệp kế hoạch",
        ["folder"] = "thư mục",
        ["name"] = "tên mẫu",
        ["output"] = "nơi ghi",
        ["profile"] = "tệp thông số",
        ["template"] = "mẫu",
        ["unit"] = "đơn vị",
    };
}
