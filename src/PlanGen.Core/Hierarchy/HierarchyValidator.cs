using PlanGen.Core.Validation;

namespace PlanGen.Core.Hierarchy;

/// <summary>Resolves a plan's parent and runs the rules against it; part of every validation.</summary>
internal static class HierarchyValidator
{
    private static readonly IParentRule[] Rules =
    [
        new CitationRule(), new ParentDateRules(), new ThemeRule(), new IssuerRule(),
        new ParentTaskRules(), new LedTasksRule(), new RecipientRule(), new TargetRule(),
    ];

    public static ResolvedParent? Check(CheckContext context, IReadOnlyList<string> descendants)
    {
        var parent = ParentResolver.Resolve(context.Plan, context.Diagnostics, context.Options, descendants);
        if (parent is null)
        {
            return null;
        }
        var parentContext = new ParentCheckContext(context, parent);
        foreach (var rule in Rules)
        {
            rule.Check(parentContext);
        }
        return parent;
    }
}
