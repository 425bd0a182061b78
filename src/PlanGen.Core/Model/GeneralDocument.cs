namespace PlanGen.Core.Model;

/// <summary>
/// A Tờ trình, Thông báo or Công văn: the shared head, Kính gửi when it goes to named bodies, and a
/// body the clerk writes — opening paragraphs, numbered items 1., 2. …, parts I., II. … and the
/// closing sentence. Its <see cref="FamilyDocument.TypeCode"/> says which: TTr, TB or CV (a Công văn,
/// whose title is its "V/v" subject and which has no type title).
/// </summary>
public sealed record GeneralDocument : FamilyDocument
{
    /// <summary>Kính gửi: the bodies it is addressed to.</summary>
    public IReadOnlyList<string> To { get; init; } = [];

    /// <summary>The paragraphs before the items and parts: the bases and what is asked or made known.</summary>
    public IReadOnlyList<string> Text { get; init; } = [];

    /// <summary>Numbered items 1., 2. … directly in the body.</summary>
    public IReadOnlyList<Section> Items { get; init; } = [];

    /// <summary>Parts I., II. … each with its own heading.</summary>
    public IReadOnlyList<Section> Parts { get; init; } = [];

    /// <summary>How part headings are printed: in capitals (the default) or as written.</summary>
    public HeadingCase HeadingCase { get; init; } = HeadingCase.Upper;

    /// <summary>The closing sentence (the "./." is added).</summary>
    public string? Closing { get; init; }
}
