namespace PlanGen.Core.Document.Grammar;

/// <summary>The levels of a document's body, from large to small, as their labels show them.</summary>
public enum LabelKind
{
    /// <summary>Mục: a Roman numeral, <c>I.</c>, <c>II.</c>.</summary>
    Part,

    /// <summary>Khoản: an Arabic number, <c>1.</c>, or nested <c>1.1.</c>, <c>1.1</c>, <c>1.1.1.</c>.</summary>
    Clause,

    /// <summary>Điểm: a Vietnamese letter, <c>a)</c> … <c>đ)</c> ….</summary>
    Point,

    /// <summary>An indent item: <c>-</c>.</summary>
    Dash,

    /// <summary>An item under a dash item: <c>+</c>.</summary>
    Plus,
}
