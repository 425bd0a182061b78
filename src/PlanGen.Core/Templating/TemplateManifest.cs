namespace PlanGen.Core.Templating;

/// <summary>A template's <c>template.yaml</c>: what it is called, what it is for, and its entry file.</summary>
/// <param name="Name">The template's name, e.g. <c>ke-hoach-atgt</c>.</param>
/// <param name="Description">One line for <c>plangen templates list</c>.</param>
/// <param name="Main">The entry file, <c>main.sbn</c> unless the manifest says otherwise.</param>
public sealed record TemplateManifest(string Name, string Description, string Main)
{
    /// <summary>The manifest's file name inside a template folder.</summary>
    public const string FileName = "template.yaml";
}
