using PlanGen.Core.Diagnostics;
using PlanGen.Core.Templating;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>
/// <c>plangen init</c>'s starter plan: a built-in template's <c>starter.yaml</c>, read as any plan
/// is and written by the one plan writer with its comments (the TODOs to fill in) above their keys,
/// so a clerk's first plan has the form every plan plangen writes.
/// </summary>
public static class StarterPlan
{
    /// <summary>
    /// The starter of the built-in template <paramref name="template"/>, with the modeline: its own,
    /// or with <paramref name="body"/> the one written for that kind of body (<c>commune</c>,
    /// <c>district</c>, <c>school</c>); null when it has none.
    /// </summary>
    public static string? For(string template, string? body = null)
    {
        if (TemplateCatalog.BuiltIn.Starter(template, body) is not { } text)
        {
            return null;
        }
        var path = template + "/" + TemplateCatalog.StarterFileFor(body);
        var diagnostics = new DiagnosticBag();
        var root = YamlTreeLoader.Load(text, path, diagnostics);
        var plan = PlanLoader.ReadText(text, path, diagnostics);
        if (root is null || plan is null || diagnostics.HasErrors)
        {
            // A built-in starter is tested to read without errors; were it not to, it is given as written.
            return PlanSchema.WithModeline(text);
        }
        return PlanSchema.WithModeline(PlanWriter.Write(plan, WrittenComments.Of(text, root)));
    }
}
