namespace PlanGen.Core.Document;

/// <summary>Horizontal alignment of a paragraph.</summary>
public enum TextAlignment
{
    /// <summary>Left.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Right.</summary>
    Right,

    /// <summary>Justified on both sides.</summary>
    Justify,
}
