namespace PlanGen.Core.Document.Grammar;

/// <summary>How a number line departs from the decree's <c>Số: 05/KH-UBND</c>.</summary>
[Flags]
public enum NumberLineDeviations
{
    /// <summary>Written as the decree asks.</summary>
    None = 0,

    /// <summary>"Số" is misspelt ("Sô", "So").</summary>
    Word = 1,

    /// <summary>No colon right after "Số" ("Số 68/…", "Số : 68/…").</summary>
    Colon = 2,

    /// <summary>Not exactly one space between "Số:" and the number.</summary>
    Prefix = 4,

    /// <summary>Spaces around the slash or inside the symbol.</summary>
    Spaces = 8,

    /// <summary>A dash other than the hyphen between the symbol's parts.</summary>
    Dash = 16,

    /// <summary>A number under 10 without its leading zero.</summary>
    Zero = 32,

    /// <summary>Something other than letters and digits joined by hyphens after the number, such as "15/KH-BCĐ(ATGT)".</summary>
    Form = 64,
}
