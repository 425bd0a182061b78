namespace PlanGen.Core.Document;

/// <summary>How the pages of a section are turned.</summary>
public enum PageOrientation
{
    /// <summary>Upright pages, as the decree asks for the body.</summary>
    Portrait,

    /// <summary>Pages on their side, for wide tables.</summary>
    Landscape,
}
