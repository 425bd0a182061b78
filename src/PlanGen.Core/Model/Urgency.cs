namespace PlanGen.Core.Model;

/// <summary>
/// Độ khẩn — how fast a document must be delivered (Decree 30/2020/NĐ-CP, Appendix I): the mark
/// stamped under its number, and the field of the same name the e-office keeps (Appendix VI).
/// </summary>
public enum Urgency
{
    /// <summary>Khẩn.</summary>
    Urgent,

    /// <summary>Thượng khẩn.</summary>
    TopUrgent,

    /// <summary>Hỏa tốc.</summary>
    Express,
}
