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

    /// <summary>A line centred in bold between the title and the body: a decision's authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …") and its "QUYẾT ĐỊNH:".</summary>
    Heading,
}
