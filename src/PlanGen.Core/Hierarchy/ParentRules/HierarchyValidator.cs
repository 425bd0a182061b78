using PlanGen.Core.Input;
using PlanGen.Core.Validation;

namespace PlanGen.Core.Hierarchy.ParentRules;

/// <summary>Resolves a plan's parent and runs the rules against it; the pipeline runs it after the plan's own checks.</summary>
public static class HierarchyValidator
{
    private static readonly IParentRule[] Rules =
    [
        new CitationRule(), new ParentDateRules(), new ThemeRule(), new IssuerRule(),
        new ParentTaskRules(), new LedTasksRule(), new RecipientRule(), new TargetRule(),
    ];

    /// <summary>
    /// The checks of the plan in <paramref name="context"/> against the parent it names by path.
    /// </summary>
    /// <returns>The parent plan when the plan names one by path and it could be read, else null.</returns>
    public static ResolvedParent? Check(CheckContext context) => Check(context, []);

    /// <param name="context">The plan's own checks, done.</param>
    /// <param name="descendants">Full paths of the plans below this one on the parent chain being checked, to find cycles.</param>
    /// <param name="chain">Where to note the files the outcome depends on, when this plan is itself a parent being read.</param>
    internal static ResolvedParent? Check(CheckContext context, IReadOnlyList<string> descendants, ICollection<FileStamp>? chain = null)
    {
        var parent = ParentResolver.Resolve(context.Run, context.Plan, context.Diagnostics, context.Options, descendants, chain);
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
