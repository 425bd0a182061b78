using PlanGen.Core.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanGen.Core.Templating;

/// <summary>
/// Renders a document of the family (a plan, a report) with a template into layout markup, in a sandbox: values are escaped, unknown
/// variables and fields are errors, includes stay in the template's folder and the shared one, and
/// loops, recursion and output are bounded so a broken template fails in well under a second
/// instead of hanging.
/// Safe to use from several threads at once.
/// </summary>
public sealed class TemplateRenderer
{
    /// <summary>A renderer with the default limits.</summary>
    public static TemplateRenderer Default { get; } = new();

    /// <summary>
    /// Iterations allowed in one outermost loop, nested loops included. The 70-row Lào Cai table
    /// takes a few hundred; an endless loop reaches the limit in milliseconds.
    /// </summary>
    public int LoopLimit { get; init; } = 100_000;

    /// <summary>Depth of nested function calls; sections nest a handful of levels.</summary>
    public int RecursiveLimit { get; init; } = 64;

    /// <summary>Characters of markup one plan may produce (a 70-row plan makes about 60 000).</summary>
    public int OutputLimit { get; init; } = 8_000_000;

    /// <summary>
    /// Template work allowed at least: expressions evaluated plus the characters of the text they
    /// produce, so a loop over a heavy built-in (<c>string.replace</c> on a long text) is bounded
    /// as well as a long loop. The limits grow with the plan (<see cref="RenderLimits"/>).
    /// </summary>
    public long WorkLimit { get; init; } = 200_000_000;

    /// <summary>The longest a single regular expression in a template may run.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The document of <paramref name="model"/> as layout markup, or null after reporting
    /// PG3001–PG3006 to <paramref name="diagnostics"/> with the template file, line and column.
    /// </summary>
    internal string? Render(TemplateModel model, LoadedTemplate template, DiagnosticBag diagnostics) =>
        RenderMarkup(model, template, diagnostics)?.Text;

    /// <summary>
    /// As <see cref="Render"/>, with the way back from each place of the markup to the template
    /// file, line and column that wrote it, so markup errors are reported where they were made.
    /// </summary>
    internal RenderedMarkup? RenderMarkup(TemplateModel model, LoadedTemplate template, DiagnosticBag diagnostics)
    {
        var parsed = template.Parsed;
        var mainPath = template.PathOf(template.Manifest.Main);
        if (parsed.Errors.Count > 0)
        {
            foreach (var (span, message) in parsed.Errors)
            {
                diagnostics.Add(DiagnosticCode.TemplateSyntax, span, message);
            }
            return null;
        }
        if (parsed.Main is null)
        {
            diagnostics.Add(DiagnosticCode.TemplateNotFound, SourceSpan.WholeFile(template.PathOf(TemplateManifest.FileName)), mainPath);
            return null;
        }

        var context = CreateContext(template, parsed, RenderLimits.For(ModelSize.Of(model.Values), this));
        var globals = new ScriptObject
        {
            [model.Name] = model.Values,
            ["doc"] = model.Values,
        };
        TemplateFunctions.AddTo(globals, model.Footnotes);
        context.PushGlobal(globals);
        var output = new TrackedOutput(context.FileBySourceText);
        context.PushOutput(output);
        try
        {
            parsed.Main.Render(context);
            return new RenderedMarkup(output.ToString(), output.Segments, mainPath);
        }
        catch (ScriptRuntimeException e)
        {
            Report(context, e, mainPath, diagnostics);
            return null;
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
        {
            diagnostics.Add(DiagnosticCode.TemplateLimit, TemplateSpans.From(context.CurrentNode?.Span ?? default, mainPath), e.Message);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or InvalidCastException or FormatException or OverflowException)
        {
            // Scriban lets a few .NET exceptions through from its built-in functions; they are
            // still the template's fault, not plangen's.
            diagnostics.Add(DiagnosticCode.TemplateRuntime, SourceSpan.WholeFile(mainPath), e.Message);
            return null;
        }
    }

    private SandboxContext CreateContext(LoadedTemplate template, ParsedTemplateSet parsed, RenderLimits limits)
    {
        var context = new SandboxContext(new SandboxBuiltins(), limits.Work)
        {
            TemplateLoader = new FolderTemplateLoader(template),
            FileBySourceText = parsed.FileBySourceText,
            StrictVariables = true,
            LoopLimit = limits.Loop,
            RecursiveLimit = RecursiveLimit,
            OutputLimit = limits.Output,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            // Scriban cuts any one string at LimitToString with "..."; a text as long as the
            // whole output is allowed, and anything longer is an error rather than a cut.
            LimitToString = limits.Output,
            OnStringLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = RegexTimeout,
            NewLine = "\n",
        };
        // Hand Scriban the partials parsed once per process, so include does not parse again.
        foreach (var (path, partial) in parsed.ByPath)
        {
            context.CachedTemplates[path] = partial;
        }
        return context;
    }

    private static void Report(SandboxContext context, ScriptRuntimeException e, string mainPath, DiagnosticBag diagnostics)
    {
        var span = TemplateSpans.From(e.Span, mainPath);
        if (context.IncludeProblem is { } problem)
        {
            diagnostics.Add(problem.Code, span, problem.Name);
            return;
        }
        var message = e.OriginalMessage ?? e.Message;
        // Scriban signals its loop, recursion and output limits with plain runtime exceptions;
        // their messages are the only thing that tells them apart from other runtime errors.
        var isLimit = e is ScriptAbortException || e.InnerException is System.Text.RegularExpressions.RegexMatchTimeoutException
            || message.Contains("limit", StringComparison.OrdinalIgnoreCase);
        diagnostics.Add(isLimit ? DiagnosticCode.TemplateLimit : DiagnosticCode.TemplateRuntime, span, message);
    }
}
