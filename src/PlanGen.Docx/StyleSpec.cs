namespace PlanGen.Docx;

/// <summary>The formatting of one paragraph style, before it becomes a w:style element.</summary>
internal sealed record StyleSpec(string Id, string Name, double SizePt)
{
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public bool Caps { get; init; }
    /// <summary>The <c>w:jc</c> value: "center", "both" (justified) or "left".</summary>
    public string Alignment { get; init; } = "center";
    public int FirstLineTwips { get; init; }
    public int SpaceBeforeTwips { get; init; }
    public int SpaceAfterTwips { get; init; }
    public double LineSpacing { get; init; } = 1;
    public bool KeepNext { get; init; }
    /// <summary>The paragraph's lines stay on one page.</summary>
    public bool KeepLines { get; init; }
    public int? OutlineLevel { get; init; }
}
