namespace PlanGen.Core.Document.Markup;

/// <summary>Reads <c>&lt;section&gt;</c>: a section attached after the signature, with its paragraphs and tables.</summary>
internal sealed class SectionParser(ParseContext context)
{
    public AttachedSection Read(MarkupElement section)
    {
        context.CheckAttributes(section, "heading", "title", "reference", "orientation");
        context.CheckNoText(section);
        var blocks = new List<Block>();
        foreach (var child in section.Elements())
        {
            switch (child.PlainName)
            {
                case "p":
                    context.CheckAttributes(child);
                    blocks.Add(new Paragraph(ParagraphKind.Body, InlineParser.Read(child, context)));
                    break;
                case "table":
                    blocks.Add(new TableParser(context).Read(child));
                    break;
                default:
                    context.UnknownElement(child, section);
                    break;
            }
        }

        return new AttachedSection(
            ParseContext.Attribute(section, "heading") ?? "Phụ lục",
            ParseContext.Attribute(section, "title"),
            ParseContext.Attribute(section, "reference"),
            blocks)
        {
            Orientation = context.Orientation(section),
        };
    }
}
