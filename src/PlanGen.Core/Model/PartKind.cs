namespace PlanGen.Core.Model;

/// <summary>
/// The parts a plan's body is made of, by what they say: the template gives each its default
/// heading ("MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ TRỌNG TÂM", …). A part of no kind is a free part with
/// its own heading.
/// </summary>
public enum PartKind
{
    /// <summary>Mục đích.</summary>
    Purpose,
    /// <summary>Yêu cầu.</summary>
    Requirements,
    /// <summary>Mục tiêu.</summary>
    Targets,
    /// <summary>Đối tượng thực hiện.</summary>
    Subjects,
    /// <summary>Nội dung, nhiệm vụ — the content items.</summary>
    Content,
    /// <summary>Kinh phí thực hiện.</summary>
    Budget,
    /// <summary>Tổ chức thực hiện.</summary>
    Organization,
    /// <summary>Khen thưởng.</summary>
    Rewards,
}
