namespace PlanGen.Core.Document;

/// <summary>What a paragraph is for; the writer picks its style from this.</summary>
public enum ParagraphKind
{
    /// <summary>An ordinary body paragraph (upright, justified, first-line indent).</summary>
    Body,

    /// <summary>A basis (căn cứ) laid out on its own: italic.</summary>
    Basis,

    /// <summary>Kính gửi: whom a report or letter is addressed to, centred under the title.</summary>
    Addressee,
}
