using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanGen.Core.Templating;

/// <summary>
/// Scriban's <c>include</c>, with its result marked as markup: the partial has already escaped
/// its own values, and escaping its output again would turn its tags into text. A partial the
/// sandbox has parsed renders into a <see cref="TrackedOutput"/>, so its markup keeps the way back
/// to the partial's own lines; anything else goes through Scriban's include unchanged.
/// </summary>
internal sealed class MarkupIncludeFunction(IScriptCustomFunction inner) : IScriptCustomFunction
{
    /// <inheritdoc />
    public int RequiredParameterCount => inner.RequiredParameterCount;

    /// <inheritdoc />
    public int ParameterCount => inner.ParameterCount;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    /// <inheritdoc />
    public Type ReturnType => typeof(object);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = arguments.Count > 0 ? context.ObjectToString(arguments[0]) : null;
        // An include with arguments (read through "$") is left to Scriban, which sets them up.
        if (context is SandboxContext sandbox && callerContext is not null && arguments.Count == 1 && !string.IsNullOrEmpty(name) && context.TemplateLoader is { } loader
            && loader.GetPath(context, callerContext.Span, name) is { } path && context.CachedTemplates.TryGetValue(path, out var partial))
        {
            return Render(sandbox, callerContext, partial);
        }
        var result = inner.Invoke(context, callerContext, arguments, blockStatement);
        return result is string text ? new Markup(text) : result;
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>Renders a partial as Scriban's include does (with its recursion guard), into a tracked output.</summary>
    private static Markup Render(SandboxContext context, ScriptNode caller, Template partial)
    {
        var output = new TrackedOutput(context.FileBySourceText);
        context.EnterRecursive(caller);
        var previousIndent = context.CurrentIndent;
        context.CurrentIndent = null;
        context.PushOutput(output);
        try
        {
            partial.Render(context);
        }
        finally
        {
            context.PopOutput();
            context.CurrentIndent = previousIndent;
            context.ExitRecursive(caller);
        }
        return output.ToMarkup();
    }
}
