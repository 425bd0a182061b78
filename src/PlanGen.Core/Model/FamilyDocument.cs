namespace PlanGen.Core.Model;

/// <summary>
/// The head every document of the family shares — Kế hoạch, Báo cáo, Tờ trình, Thông báo, Quyết
/// định, Công văn: the header boxes, the title, the recipients and the signature. Each type adds its
/// own parts; the format's shared rows (<c>DocumentRows</c>) read and write these once
/// for all of them.
/// </summary>
public abstract record FamilyDocument : ModelNode, IFamilyDocument
{
    /// <inheritdoc />
    public required string SourcePath { get; init; }

    /// <inheritdoc />
    public string? Template { get; init; }

    /// <inheritdoc />
    public required string TypeCode { get; init; }

    /// <inheritdoc />
    public required Issuer Issuer { get; init; }

    /// <inheritdoc />
    public DocumentNumber? Number { get; init; }

    /// <inheritdoc />
    public VnDate? Date { get; init; }

    /// <inheritdoc />
    public required string Title { get; init; }

    /// <inheritdoc />
    public Urgency? Urgency { get; init; }

    /// <inheritdoc />
    public VnDate? ReplyDeadline { get; init; }

    /// <inheritdoc />
    public int? Copies { get; init; }

    /// <inheritdoc />
    public string? UnitsPath { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<Recipient> Recipients { get; init; } = [];

    /// <inheritdoc />
    public IReadOnlyList<string> Archive { get; init; } = [];

    /// <inheritdoc />
    public Signature? Signature { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> Footnotes { get; init; } = [];

    /// <inheritdoc />
    public virtual int? Year => Date?.Year;
}
