namespace PlanGen.Core.Templating;

/// <summary>What a template renders: the document's values, the name its template knows them by, and the footnotes its text numbers.</summary>
/// <param name="Values">The document's object (<c>plan</c>, <c>report</c> …); every template also sees it as <c>doc</c>.</param>
/// <param name="Name">The name a template of the document's type knows it by.</param>
/// <param name="Footnotes">The document's footnotes, which the template functions number.</param>
internal sealed record TemplateModel(ModelObject Values, string Name, IReadOnlyList<string> Footnotes);
