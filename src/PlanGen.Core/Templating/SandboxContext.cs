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
    private readonly long _workLimit;
    private long _work;

    public SandboxContext(ScriptObject builtins, long workLimit = long.MaxValue)
        : base(builtins)
    {
        _workLimit = workLimit;
        PushCulture(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Counts the work of the render: one per expression, plus the length of each text an
    /// expression yields, so a built-in that makes a long text weighs what it costs.
    /// </summary>
    public override object? Evaluate(Scriban.Syntax.ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        _work += 1 + (result is string text ? text.Length : 0);
        if (_work > _workLimit)
        {
            throw new Scriban.Syntax.ScriptRuntimeException(scriptNode?.Span ?? default,
                $"The template did more work than the plan calls for (work limit {_workLimit.ToString(CultureInfo.InvariantCulture)} exceeded).");
        }
        return result;
    }

    /// <summary>Template file by the very string its text was parsed from, for <see cref="TrackedOutput"/>.</summary>
    public IReadOnlyDictionary<string, string> FileBySourceText { get; init; } = new Dictionary<string, string>();

    /// <summary>Why the last include failed, when it was refused or missing rather than broken.</summary>
    public (DiagnosticCode Code, string Name)? IncludeProblem { get; set; }

    /// <inheritdoc />
    public override TemplateContext Write(Scriban.Parsing.SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }
        // The output is told which expression writes, so the markup can be traced back to it.
        var tracked = Output as TrackedOutput;
        var markup = textAsObject as Markup;
        if (tracked is not null)
        {
            tracked.Pending = (span, markup);
        }
        try
        {
            return base.Write(span, markup?.Text ?? MarkupText.Escape(ObjectToString(textAsObject) ?? ""));
        }
        finally
        {
            if (tracked is not null)
            {
                tracked.Pending = null;
            }
        }
    }
}
