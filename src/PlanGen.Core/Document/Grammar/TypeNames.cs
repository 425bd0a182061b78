using PlanGen.Core.Model;

namespace PlanGen.Core.Document.Grammar;

/// <summary>The names type codes stand for, from the six types plangen writes and the kinds the decree lists.</summary>
public static class TypeNames
{
    /// <summary>
    /// The name of a document's type code as a register or a message prints it: one of the six
    /// (CV is Công văn, which prints no code), else a kind the decree lists (CTr is Chương trình),
    /// else the code itself.
    /// </summary>
    public static string Of(string typeCode) =>
        FamilyTypes.All.FirstOrDefault(t => string.Equals(t.Code, typeCode, StringComparison.OrdinalIgnoreCase))?.Name
        ?? DocumentKinds.ByCode(typeCode)?.Name
        ?? typeCode;
}
