namespace PlanGen.Core.Model;

/// <summary>How the "Thực hiện …" bases are laid out.</summary>
public enum BasisLayout
{
    /// <summary>One sentence: "Thực hiện A; B, [introduction]".</summary>
    Sentence,
    /// <summary>One paragraph per basis, then the introduction as its own paragraph.</summary>
    Paragraphs,
}
