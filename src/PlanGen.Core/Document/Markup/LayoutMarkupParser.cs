using System.Xml;
using System.Xml.Linq;

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
        var context = new ParseContext(sourceName);
        XDocument xml;
        try
        {
            // DTDs are refused: markup comes from templates, and entity expansion is a way to blow it up.
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            using var text = new StringReader(markup);
            using var reader = XmlReader.Create(text, settings);
            xml = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException exception)
        {
            context.Error(Math.Max(1, exception.LineNumber), Math.Max(1, exception.LinePosition), "markup.malformed", exception.Message);
            return new LayoutParseResult(null, context.Errors);
        }

        var root = xml.Root!;
        if (root.Name != XName.Get("document"))
        {
            context.Error(root, "markup.root", root.Name.ToString());
            return new LayoutParseResult(null, context.Errors);
        }

        if (MarkupDepth.FirstTooDeep(root) is { } tooDeep)
        {
            context.Error(tooDeep, "markup.too-deep", MarkupDepth.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return new LayoutParseResult(null, context.Errors);
        }

        var document = new DocumentReader(context).Read(root);
        return context.Errors.Count == 0
            ? new LayoutParseResult(document, [])
            : new LayoutParseResult(null, context.Errors);
    }
}
