using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Units;

namespace PlanGen.Core.Validation;

/// <summary>What the rules of one plan share: the run, where to report, the unit registry if any, the options.</summary>
public sealed record CheckContext(PlanGenRun Run, Plan Plan, DiagnosticBag Diagnostics, UnitMatcher? Units, PlanCheckOptions Options)
{
    /// <summary>The period the plan covers: its own, else the year its title names, else its date's year.</summary>
    public Period? EffectivePeriod { get; } = PlanFacts.EffectivePeriod(Plan);
}
