namespace PlanGen.Core.Model;

/// <summary>Cấp — the administrative level of a body, from the top down.</summary>
public enum UnitLevel
{
    /// <summary>Trung ương.</summary>
    National = 0,
    /// <summary>Tỉnh.</summary>
    Province = 1,
    /// <summary>Sở, ban, ngành.</summary>
    Department = 2,
    /// <summary>Huyện.</summary>
    District = 3,
    /// <summary>Xã.</summary>
    Commune = 4,
}
