namespace PlanGen.Core.Model;

/// <summary>Cơ quan ban hành — the body that issues the plan (header box 2).</summary>
/// <param name="GoverningBody">Cơ quan chủ quản, e.g. "Ủy ban nhân dân tỉnh Lào Cai"; null when none.</param>
/// <param name="Name">The issuing body, e.g. "Ban An toàn giao thông" or "Ủy ban nhân dân tỉnh Lào Cai", on one line.</param>
/// <param name="Code">The code after the type in the number, e.g. "UBND", "STTTT".</param>
/// <param name="Place">Địa danh in the date line, e.g. "Lào Cai".</param>
/// <param name="Level">Its administrative level.</param>
/// <param name="UnitId">Its id in units.yaml, when it is a listed unit.</param>
/// <param name="ShortName">How the plan's own text names it, e.g. "UBND tỉnh"; used in captions.</param>
public sealed record Issuer(
    string? GoverningBody,
    string Name,
    string Code,
    string Place,
    UnitLevel Level,
    string? UnitId,
    string? ShortName) : ModelNode
{
    /// <summary>
    /// The issuing body's name with the line breaks the plan writes in it ("Ban An toàn giao
    /// thông\nxã Tân Lập"), which say where header box 2 breaks it; <see cref="Name"/> has spaces there.
    /// </summary>
    public string WrittenName { get; init; } = "";

    /// <summary>The governing body's name with its written line breaks, as <see cref="WrittenName"/>.</summary>
    public string? WrittenGoverningBody { get; init; }

    /// <summary>A body's name on one line: a line break written in it only says where header box 2 breaks it.</summary>
    public static string? OneLine(string? text) =>
        text is null ? null : string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
