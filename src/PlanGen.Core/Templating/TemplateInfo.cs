namespace PlanGen.Core.Templating;

/// <summary>A template as <c>plangen templates list</c> shows it.</summary>
/// <param name="Name">Its name, as given to <c>--template</c> or a plan's <c>template</c> field.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Files">Its files, manifest and partials included.</param>
public sealed record TemplateInfo(string Name, string Description, IReadOnlyList<string> Files);
