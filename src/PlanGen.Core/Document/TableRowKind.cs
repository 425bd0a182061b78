namespace PlanGen.Core.Document;

/// <summary>What a table row is for.</summary>
public enum TableRowKind
{
    /// <summary>A heading row, bold and centred, repeated at the top of every page.</summary>
    Header,

    /// <summary>A row that heads the rows after it: bold, and by default kept with the next row.</summary>
    Group,

    /// <summary>An ordinary row.</summary>
    Item,
}
