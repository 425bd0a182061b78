using PlanGen.Core.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanGen.Core.Templating;

/// <summary>
/// A plan value as templates see it: its snake_case fields and nothing else. Reading a field it
/// does not have is an error rather than an empty string, so a misspelt <c>plan.isuer</c> is
/// reported with its place instead of printing nothing. The model record stays attached (not
/// visible to templates) so functions such as <c>citation</c> can format the original value.
/// </summary>
internal sealed class ModelObject : ScriptObject
{
    public ModelObject(string kind, ModelNode? node)
    {
        Kind = kind;
        Node = node;
    }

    /// <summary>What it is, for error messages: "plan", "section", "task" ….</summary>
    public string Kind { get; }

    /// <summary>The record it was built from, for the formatting functions.</summary>
    public ModelNode? Node { get; }

    /// <inheritdoc />
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value))
        {
            return true;
        }
        throw new ScriptRuntimeException(span, $"`{member}` is not a field of {Kind}; its fields are: {string.Join(", ", Keys)}.");
    }
}
