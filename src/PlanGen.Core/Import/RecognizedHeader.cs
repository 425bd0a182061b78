using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>What the header block, the title and the appendix caption say about the plan itself.</summary>
internal sealed class RecognizedHeader
{
    public string? GoverningBody { get; set; }
    public string? IssuerName { get; set; }
    public string? ShortName { get; set; }
    public string TypeCode { get; set; } = "KH";
    public string? Code { get; set; }
    public int? Number { get; set; }
    public VnDate? Date { get; set; }
    public string? Place { get; set; }
    public string? Title { get; set; }
    public string? Theme { get; set; }

    /// <summary>Lines among the header's that no rule places (a portal's post title above it): kept at the head of the first part.</summary>
    public List<ImportLine> Unplaced { get; } = [];

    /// <summary>True when the number line was found, even blank (a draft).</summary>
    public bool HasNumberLine { get; set; }

    /// <summary>True when the number line's type code is KH ("Số: 335/KH-UBND").</summary>
    public bool NumberSaysPlan { get; set; }
}
