using PlanGen.Core.Model;

namespace PlanGen.Core.Hierarchy.Derive;

/// <summary>
/// The signing block a skeleton starts with, by the unit's level: a People's Committee signs "TM.
/// ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", a department "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC".
/// </summary>
internal static class DefaultSignature
{
    public static Signature For(UnitLevel level) => level is UnitLevel.District or UnitLevel.Commune or UnitLevel.Province
        ? new Signature([SigningAuthority.TM, SigningAuthority.KT], "Ủy ban nhân dân", "Chủ tịch", "Phó Chủ tịch", null, null)
        : new Signature([SigningAuthority.KT], null, "Giám đốc", "Phó Giám đốc", null, null);
}
