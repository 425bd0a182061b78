namespace PlanGen.Core.Model;

/// <summary>Tình trạng — how far a task of the plan has come, as a report states it.</summary>
public enum TaskState
{
    /// <summary>Chưa triển khai.</summary>
    NotStarted,

    /// <summary>Đang triển khai.</summary>
    InProgress,

    /// <summary>Hoàn thành.</summary>
    Done,

    /// <summary>Thực hiện thường xuyên: ongoing work with no end.</summary>
    Ongoing,

    /// <summary>Chậm tiến độ: started, past its timeline.</summary>
    Late,
}
