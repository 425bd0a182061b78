using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Units;
using PlanGen.Core.Validation;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>What the rules against the parent share: the child's checks, the parent, and facts about both.</summary>
internal sealed class ParentCheckContext
{
    public ParentCheckContext(CheckContext child, ResolvedParent parent)
    {
        Child = child;
        Parent = parent;
        Units = child.Units ?? parent.Units;
        ParentTasks = AssignedTask.Of(parent.Plan);
        ChildUnit = UnitKeys.OfIssuer(child.Plan.Issuer, Units);
        ParentPeriod = PlanFacts.EffectivePeriod(parent.Plan);
    }

    public CheckContext Child { get; }

    public ResolvedParent Parent { get; }

    public Plan Plan => Child.Plan;

    public DiagnosticBag Diagnostics => Child.Diagnostics;

    /// <summary>The child's units.yaml, else the parent's: units are matched through it across both plans.</summary>
    public UnitMatcher? Units { get; }

    public IReadOnlyList<AssignedTask> ParentTasks { get; }

    /// <summary>The keys the child's issuer is known by.</summary>
    public IReadOnlySet<string> ChildUnit { get; }

    public Period? ParentPeriod { get; }

    /// <summary>Where a finding about the parent as a whole points: the child's <c>parent:</c> value.</summary>
    public SourceSpan ParentSpan => Plan.Parent!.SpanOf("path");
}
