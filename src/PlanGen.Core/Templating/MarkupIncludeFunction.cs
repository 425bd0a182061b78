using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanGen.Core.Templating;

/// <summary>
/// Scriban's <c>include</c>, with its result marked as markup: the partial has already escaped
/// its own values, and escaping its output again would turn its tags into text.
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
        var result = inner.Invoke(context, callerContext, arguments, blockStatement);
        return result is string text ? new Markup(text) : result;
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
