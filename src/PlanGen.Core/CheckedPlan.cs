using PlanGen.Core.Model;
using PlanGen.Core.Units;

namespace PlanGen.Core;

/// <summary>A plan that went through the pipeline's checks, with what they loaded once for the stages after.</summary>
/// <param name="Plan">The plan; its parent citation is generated from the parent plan when it names one by path.</param>
/// <param name="Units">The unit registry the plan uses, when it has one.</param>
public sealed record CheckedPlan(Plan Plan, UnitMatcher? Units);
