using System.Globalization;
using PlanGen.Core.Diagnostics;
using Scriban;
using Scriban.Runtime;

namespace PlanGen.Core.Templating;

/// <summary>
/// The Scriban context of one render. Everything printed with <c>{{ }}</c> is XML-escaped here,
/// in one place, so no template can forget it and no plan text can break the markup; values the
/// helpers mark as <see cref="Markup"/> are written as they are. Text captured with
/// <c>capture</c> is a plain string and is escaped when printed, so partials should write their
/// markup directly (or through functions) rather than capture it.
/// </summary>
internal sealed class SandboxContext : TemplateContext
{
    public SandboxContext(ScriptObject builtins)
        : base(builtins)
    {
        PushCulture(CultureInfo.InvariantCulture);
    }

    /// <summary>Why the last include failed, when it was refused or missing rather than broken.</summary>
    public (DiagnosticCode Code, string Name)? IncludeProblem { get; set; }

    /// <inheritdoc />
    public override TemplateContext Write(Scriban.Parsing.SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case Markup markup:
                return base.Write(span, markup.Text);
            default:
                return base.Write(span, MarkupText.Escape(ObjectToString(textAsObject) ?? ""));
        }
    }

    /// <summary>
    /// Scriban's default functions with the two changes the sandbox needs: <c>date</c> is gone
    /// (it reads the clock, and output must not depend on when it was made) and <c>include</c>
    /// returns markup, so an included partial's output is not escaped a second time.
    /// </summary>
    public static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        builtins.Remove("date");
        if (builtins["include"] is IScriptCustomFunction include)
        {
            builtins.SetValue("include", new MarkupIncludeFunction(include), readOnly: true);
        }
        return builtins;
    }
}
