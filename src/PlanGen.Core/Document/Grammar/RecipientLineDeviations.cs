namespace PlanGen.Core.Document.Grammar;

/// <summary>How a line of the recipients departs from the decree's <c>- Công an tỉnh;</c> … <c>- Lưu: VT, XD1.</c>.</summary>
[Flags]
public enum RecipientLineDeviations
{
    /// <summary>Written as the decree asks.</summary>
    None = 0,

    /// <summary>The line does not start with "- ".</summary>
    Dash = 1,

    /// <summary>A recipient's line does not end with ";".</summary>
    Semicolon = 2,

    /// <summary>The archive line is not "Lưu: VT, …" ending with a full stop.</summary>
    Archive = 4,
}
