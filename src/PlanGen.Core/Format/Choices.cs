using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;

namespace PlanGen.Core.Format;

/// <summary>The enumerations of the format, each word in English and in Vietnamese.</summary>
internal static class Choices
{
    /// <summary>Cấp of a body: plans are issued top down, and a sub-plan's issuer stands below its parent's.</summary>
    public static ChoiceKind<UnitLevel> Level { get; } = new(
        new(UnitLevel.National, "national", "trung ương", "central", "quốc gia"),
        new(UnitLevel.Province, "province", "tỉnh"),
        new(UnitLevel.Department, "department", "sở", "ban ngành"),
        new(UnitLevel.District, "district", "huyện", "quận", "thị xã"),
        new(UnitLevel.Commune, "commune", "xã", "phường", "thị trấn"));

    /// <summary>How the bases are laid out.</summary>
    public static ChoiceKind<BasisLayout> BasisLayout { get; } = new(
        new(Model.BasisLayout.Sentence, "sentence", "một câu"),
        new(Model.BasisLayout.Sentences, "sentences", "hai câu"),
        new(Model.BasisLayout.Paragraphs, "paragraphs", "từng đoạn", "đoạn"));

    /// <summary>The words a basis opens with.</summary>
    public static ChoiceKind<Model.BasisLead> BasisLead { get; } = new(
        new(Model.BasisLead.Implementing, "implementing", "thực hiện"),
        new(Model.BasisLead.Pursuant, "pursuant", "căn cứ"));

    /// <summary>How part headings are printed.</summary>
    public static ChoiceKind<HeadingCase> HeadingCase { get; } = new(
        new(Model.HeadingCase.Upper, "upper", "in hoa", "chữ in hoa"),
        new(Model.HeadingCase.AsWritten, "as_written", "như đã viết", "giữ nguyên"));

    /// <summary>How the parts are numbered.</summary>
    public static ChoiceKind<PartNumbering> PartNumbering { get; } = new(
        new(Model.PartNumbering.Roman, "roman", "la mã", "số la mã"),
        new(Model.PartNumbering.Letters, "letters", "chữ cái", "chữ in hoa"),
        new(Model.PartNumbering.Named, "named", "phần"),
        new(Model.PartNumbering.Arabic, "arabic", "số", "chữ số", "số ả rập"));

    /// <summary>What a part or clause is.</summary>
    public static ChoiceKind<PartKind> PartKind { get; } = new(
        new(Model.PartKind.Purpose, "purpose", "mục đích"),
        new(Model.PartKind.Requirements, "requirements", "yêu cầu"),
        new(Model.PartKind.Targets, "targets", "mục tiêu"),
        new(Model.PartKind.Subjects, "subjects", "đối tượng", "đối tượng thực hiện", "đối tượng áp dụng"),
        new(Model.PartKind.Content, "content", "nội dung", "nhiệm vụ", "nội dung thực hiện", "nhiệm vụ, giải pháp"),
        new(Model.PartKind.Budget, "budget", "kinh phí", "kinh phí thực hiện"),
        new(Model.PartKind.Organization, "organization", "tổ chức thực hiện"),
        new(Model.PartKind.Rewards, "rewards", "khen thưởng"));

    /// <summary>Độ khẩn, as the decree names the three marks; typed without marks too.</summary>
    public static ChoiceKind<Urgency> Urgency { get; } = new(
        new(Model.Urgency.Urgent, "urgent", "Khẩn", "khan"),
        new(Model.Urgency.TopUrgent, "top_urgent", "Thượng khẩn", "thuong khan", "thuong_khan"),
        new(Model.Urgency.Express, "express", "Hỏa tốc", "hoả tốc", "hoa toc", "hoa_toc"));

    /// <summary>Tình trạng of a task in a report.</summary>
    public static ChoiceKind<TaskState> TaskState { get; } = new(
        new(Model.TaskState.NotStarted, "not_started", "chưa triển khai", "chưa thực hiện"),
        new(Model.TaskState.InProgress, "in_progress", "đang triển khai", "đang thực hiện"),
        new(Model.TaskState.Done, "done", "hoàn thành", "đã hoàn thành"),
        new(Model.TaskState.Ongoing, "ongoing", "thường xuyên", "thực hiện thường xuyên", "đang thực hiện thường xuyên"),
        new(Model.TaskState.Late, "late", "chậm tiến độ", "chậm", "quá hạn"));
}
