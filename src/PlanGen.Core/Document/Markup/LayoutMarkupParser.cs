using System.Globalization;
using System.Xml;

namespace PlanGen.Core.Document.Markup;

/// <summary>
/// Parses layout markup (see <c>docs/layout-markup.md</c>) into a numbered layout tree. It never
/// throws on bad markup: every problem comes back as a <see cref="LayoutError"/> with its line and
/// column, so a template author sees all of them at once.
/// </summary>
public static class LayoutMarkupParser
{
    /// <summary>Parses markup into a tree, or into errors.</summary>
    /// <param name="markup">The XML text a template produced.</param>
    /// <param name="sourceName">The name errors are reported against (template or file name).</param>
    public static LayoutParseResult Parse(string markup, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(markup);
        // DTDs are refused: markup comes from templates, and entity expansion is a way to blow it up.
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        MarkupTree tree;
        try
        {
            tree = MarkupTree.Read(markup, settings);
        }
        catch (XmlException exception)
        {
            return new LayoutParseResult(null, [WellFormedness.Explain(markup, settings, exception, sourceName)]);
        }

        var context = new ParseContext(sourceName);
        var root = tree.Root;
        if (!root.Is("document"))
        {
            context.Error(root, "markup.root", root.Name);
            return new LayoutParseResult(null, context.Errors);
        }

        if (tree.TooDeep is { } tooDeep)
        {
            context.Error(tooDeep, "markup.too-deep", MarkupDepth.MaxDepth.ToString(CultureInfo.InvariantCulture));
            return new LayoutParseResult(null, context.Errors);
        }

        var document = new DocumentElementParser(context).Read(root);
        return context.Errors.Count == 0
            ? new LayoutParseResult(document, [])
            : new LayoutParseResult(null, context.Errors);
    }
}
