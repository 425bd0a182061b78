using System.Collections.Frozen;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PlanGen.Core.Templating;

/// <summary>
/// Scriban's built-in objects (<c>string</c>, <c>array</c>, <c>math</c>, …) for one render. Scriban's
/// own default builds every module through reflection in one static constructor, the clock-reading
/// <c>date</c> included, and deep-copies them all for each render: most of a cold build's template
/// time, though a template uses one module or none. Here each module is made on its first use in
/// the process, read-only, and shared by every render after it. <c>date</c> is left out (output
/// must not depend on when it was made) and <c>include</c> returns markup, so an included
/// partial's output is not escaped a second time.
/// </summary>
internal sealed class SandboxBuiltins : ScriptObject
{
    private static readonly FrozenDictionary<string, Lazy<ScriptObject>> Modules = new Dictionary<string, Lazy<ScriptObject>>(StringComparer.Ordinal)
    {
        ["array"] = Module(() => new ArrayFunctions()),
        ["html"] = Module(() => new HtmlFunctions()),
        ["math"] = Module(() => new MathFunctions()),
        ["object"] = Module(() => new ObjectFunctions()),
        ["regex"] = Module(() => new RegexFunctions()),
        ["string"] = Module(() => new StringFunctions()),
        ["timespan"] = Module(() => new TimeSpanFunctions()),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The built-ins of one render; modules join it as the template names them.</summary>
    public SandboxBuiltins()
    {
        SetValue("empty", EmptyScriptObject.Default, readOnly: true);
        SetValue("blank", EmptyScriptObject.Default, readOnly: true);
        SetValue("include", new MarkupIncludeFunction(new IncludeFunction()), readOnly: true);
        SetValue("include_join", new IncludeJoinFunction(), readOnly: true);
    }

    /// <inheritdoc />
    public override bool Contains(string member) => base.Contains(member) || Modules.ContainsKey(member);

    /// <inheritdoc />
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!base.Contains(member) && Modules.TryGetValue(member, out var module))
        {
            SetValue(member, module.Value, readOnly: true);
        }
        return base.TryGetValue(context, span, member, out value);
    }

    // Shared between renders and threads, so no template may change a module for the next one.
    private static Lazy<ScriptObject> Module(Func<ScriptObject> create) =>
        new(() =>
        {
            var module = create();
            module.IsReadOnly = true;
            return module;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
}
