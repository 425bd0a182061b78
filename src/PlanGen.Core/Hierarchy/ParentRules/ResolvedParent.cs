using PlanGen.Core.Model;
using PlanGen.Core.Units;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>
/// Kế hoạch cấp trên, found and checked: the parent plan read from the path a child names, the
/// citation of it the child prints ("Thực hiện Kế hoạch số 68/KH-UBND ngày 31/01/2024 của …"), and
/// the unit registry the parent uses.
/// </summary>
/// <param name="Plan">The parent plan, free of errors.</param>
/// <param name="Citation">The citation generated from the parent's number, date, issuer and title.</param>
/// <param name="Units">The parent's units.yaml, when it has one.</param>
public sealed record ResolvedParent(Plan Plan, Citation Citation, UnitMatcher? Units);
