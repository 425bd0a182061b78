namespace PlanGen.Core.Model;

/// <summary>
/// Số — the registry number of an issued document; absent in a draft. Printed with its symbol by
/// the grammar's <c>Document.Grammar.NumberLine</c>.
/// </summary>
public sealed record DocumentNumber(int Value) : ModelNode;
