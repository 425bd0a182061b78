namespace PlanGen.Core.Model;

/// <summary>The prefixes of a signing line under Decree 30.</summary>
public enum SigningAuthority
{
    /// <summary>TM. — on behalf of a collective body.</summary>
    TM,
    /// <summary>KT. — a deputy signing for the head.</summary>
    KT,
    /// <summary>TL. — by order of the head.</summary>
    TL,
    /// <summary>TUQ. — by authorisation of the head.</summary>
    TUQ,
    /// <summary>Q. — acting head.</summary>
    Q,
}
