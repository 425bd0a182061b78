namespace PlanGen.Core.Model;

/// <summary>
/// A cited document: "Kế hoạch số 689/KH-UBATGTQG ngày 19/12/2023 của Ủy ban An toàn giao thông
/// Quốc gia về …". <see cref="Text"/> holds a citation written out by hand when it does not
/// follow the pattern.
/// </summary>
/// <param name="Kind">Loại văn bản: "Kế hoạch", "Quyết định", "Chỉ thị".</param>
/// <param name="Number">Số và ký hiệu as written: "689/KH-UBATGTQG", "23-CT/TW".</param>
/// <param name="Date">Ngày ban hành.</param>
/// <param name="Issuer">Cơ quan ban hành, as the citing text names it.</param>
/// <param name="Subject">Trích yếu, printed after "về".</param>
/// <param name="Text">A citation written out in full, used as it is.</param>
public sealed record Citation(string? Kind, string? Number, VnDate? Date, string? Issuer, string? Subject, string? Text) : ModelNode
{
    /// <summary>The words a plan's basis opens with before this citation ("Thực hiện", "Căn cứ").</summary>
    public BasisLead Lead { get; init; }
}
