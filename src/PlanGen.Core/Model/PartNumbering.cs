namespace PlanGen.Core.Model;

/// <summary>How a document numbers its parts.</summary>
public enum PartNumbering
{
    /// <summary>Roman numerals, "I.", "II.", as the decree numbers a document's parts (mục).</summary>
    Roman,
    /// <summary>Capital letters, "A.", "B.", as some offices letter the parts of their plans.</summary>
    Letters,
    /// <summary>The word "Phần" and a Roman numeral, "Phần I.", "Phần II.", as long plans divide themselves.</summary>
    Named,
    /// <summary>
    /// Arabic numerals, "1.", "2.", as plans without Roman parts number them; the clauses under a
    /// part go on from its number, "1.1", "1.2".
    /// </summary>
    Arabic,
}
