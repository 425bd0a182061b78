using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanGen.Core.Templating;

/// <summary>
/// A template function written as a plain delegate over its evaluated arguments. Implemented by
/// hand rather than with Scriban's delegate import, which binds by reflection and would not
/// survive Native AOT trimming.
/// </summary>
internal sealed class TemplateFunction(string name, int required, int optional, Func<Scriban.Parsing.SourceSpan, ScriptArray, object?> body) : IScriptCustomFunction
{
    /// <summary>The name templates call it by.</summary>
    public string Name { get; } = name;

    /// <inheritdoc />
    public int RequiredParameterCount => required;

    /// <inheritdoc />
    public int ParameterCount => required + optional;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    /// <inheritdoc />
    public Type ReturnType => typeof(object);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) =>
        new(typeof(object), index < ArgumentNames.Length ? ArgumentNames[index] : "arg" + index);

    // Scriban asks for a parameter's name on every call; the names are made once, written out so
    // that start-up does not compile a query over integers to make them.
    private static readonly string[] ArgumentNames = ["arg0", "arg1", "arg2", "arg3", "arg4", "arg5", "arg6", "arg7"];

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count < required || arguments.Count > required + optional)
        {
            var expected = optional == 0 ? required.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{required}–{required + optional}";
            throw new ScriptRuntimeException(span, $"`{Name}` takes {expected} argument(s), but {arguments.Count} were given.");
        }
        return body(span, arguments);
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
