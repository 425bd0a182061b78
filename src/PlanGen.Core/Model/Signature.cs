namespace PlanGen.Core.Model;

/// <summary>
/// The signing block (box 7): e.g. TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name.
/// </summary>
/// <param name="Authorities">Prefixes in order (TM then KT, …); empty when the head signs.</param>
/// <param name="Body">The collective body after "TM.".</param>
/// <param name="Head">The head's office after "KT.", "TL." or "TUQ.".</param>
/// <param name="Office">The signer's own office.</param>
/// <param name="Name">The signer's name; null while a draft awaits it.</param>
/// <param name="Note">An optional line under the name.</param>
public sealed record Signature(
    IReadOnlyList<SigningAuthority> Authorities,
    string? Body,
    string? Head,
    string? Office,
    string? Name,
    string? Note) : ModelNode;
