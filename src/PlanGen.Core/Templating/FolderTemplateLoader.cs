using PlanGen.Core.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanGen.Core.Templating;

/// <summary>
/// Resolves <c>include</c> inside one template's own folder, then the shared <c>_common</c> folder,
/// and nowhere else: a bare file name is accepted; <c>..</c>, absolute paths, sub-paths and drive
/// names are refused (PG3006), and an unknown name is not found (PG3001). Nothing is read from
/// disk here: the template's files were read once when it was loaded.
/// </summary>
internal sealed class FolderTemplateLoader(LoadedTemplate template) : ITemplateLoader
{
    /// <inheritdoc />
    public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName)
    {
        if (!IsBareName(templateName))
        {
            throw Fail(context, callerSpan, DiagnosticCode.TemplateIncludeOutside, templateName, "is outside the template's folder");
        }
        return template.Resolve(templateName)
            ?? throw Fail(context, callerSpan, DiagnosticCode.TemplateNotFound, templateName, "was not found in the template's folder or the shared one");
    }

    /// <inheritdoc />
    public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        template.TextAtPath(templatePath) ?? throw Fail(context, callerSpan, DiagnosticCode.TemplateNotFound, templatePath, "was not found");

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));

    private static bool IsBareName(string name) =>
        name.Length > 0
        && name.IndexOfAny(['/', '\\', ':']) < 0
        && name != "." && name != ".."
        && !Path.IsPathRooted(name);

    private static ScriptRuntimeException Fail(TemplateContext context, Scriban.Parsing.SourceSpan span, DiagnosticCode code, string name, string why)
    {
        if (context is SandboxContext sandbox)
        {
            sandbox.IncludeProblem = (code, name);
        }
        return new ScriptRuntimeException(span, $"'{name}' {why}");
    }
}
