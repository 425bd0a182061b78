namespace PlanGen.Core.Model;

/// <summary>How the "Thực hiện …" bases are laid out.</summary>
public enum BasisLayout
{
    /// <summary>One sentence: "Thực hiện A; B, [introduction]".</summary>
    Sentence,
    /// <summary>
    /// One paragraph of two sentences: "Thực hiện A; B. [Introduction]", when the introduction is
    /// its own sentence ("Ban ATGT xã xây dựng Kế hoạch … như sau:").
    /// </summary>
    Sentences,
    /// <summary>One paragraph per basis, then the introduction as its own paragraph.</summary>
    Paragraphs,
}
