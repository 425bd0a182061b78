using PlanGen.Core.Text;

namespace PlanGen.Core.Document.Markup;

/// <summary>Reads the <c>&lt;document&gt;</c> root: page-one parts, the body, signing and attached sections.</summary>
internal sealed class DocumentElementParser(ParseContext context)
{
    public LayoutDocument Read(MarkupElement root)
    {
        context.CheckAttributes(root, "orientation");
        var properties = LayoutProperties.Empty;
        Header? header = null;
        TitleBlock? title = null;
        Signing? signing = null;
        var body = new List<Block>();
        var attachments = new List<AttachedSection>();
        var blocks = new BlockParser(context);
        var counters = new BlockParser.Counters();
        foreach (var node in root.Children)
        {
            if (node is MarkupTextNode { IsBlank: false } text)
            {
                context.Error(text, "markup.document-text");
                continue;
            }

            if (node is not MarkupElement element)
            {
                continue;
            }

            switch (element.PlainName)
            {
                case "properties":
                    properties = ReadProperties(element);
                    break;
                case "header":
                    header = ReadHeader(element);
                    break;
                case "title":
                    context.CheckAttributes(element, "type");
                    title = new TitleBlock(ParseContext.Attribute(element, "type") ?? "KẾ HOẠCH", InlineParser.Read(element, context));
                    break;
                case "signing":
                    signing = new SigningParser(context).Read(element);
                    break;
                case "section":
                    attachments.Add(new SectionParser(context).Read(element));
                    break;
                default:
                    var block = blocks.Read(element, root, counters, null);
                    if (block is not null)
                    {
                        body.Add(block);
                    }

                    break;
            }
        }

        // A signed document without a closing sentence ends its body with its last paragraph: the mark goes there.
        var ended = signing is null || body.Exists(b => b is Closing) ? body : EndMark.OnLastParagraph(body);
        return new LayoutDocument(properties, header, title, ended, signing, attachments)
        {
            Landscape = context.Orientation(root) == PageOrientation.Landscape,
        };
    }

    private LayoutProperties ReadProperties(MarkupElement element)
    {
        context.CheckAttributes(element, "title", "subject", "creator", "date");
        DateOnly? date = null;
        var raw = element.Attribute("date");
        if (raw is not null)
        {
            if (IsoDate.TryParse(raw.Value.AsSpan().Trim(), out var parsed))
            {
                date = parsed;
            }
            else
            {
                context.Error(raw, "markup.date", raw.Value);
            }
        }

        return new LayoutProperties(
            ParseContext.Attribute(element, "title"),
            ParseContext.Attribute(element, "subject"),
            ParseContext.Attribute(element, "creator"),
            date);
    }

    private Header ReadHeader(MarkupElement element)
    {
        context.CheckAttributes(element);
        context.CheckNoText(element);
        IReadOnlyList<InlineRun>? governing = null;
        IReadOnlyList<InlineRun>? subject = null;
        string? urgency = null;
        IReadOnlyList<InlineRun> issuer = [], number = [], placeDate = [];
        foreach (var child in element.Elements())
        {
            context.CheckAttributes(child);
            switch (child.LocalName)
            {
                case "governing":
                    governing = InlineParser.Read(child, context);
                    break;
                case "issuer":
                    issuer = InlineParser.Read(child, context);
                    break;
                case "number":
                    number = InlineParser.Read(child, context);
                    break;
                case "subject":
                    subject = InlineParser.Read(child, context);
                    break;
                case "place-date":
                    placeDate = InlineParser.Read(child, context);
                    break;
                case "urgency":
                    urgency = InlineRun.PlainText(InlineParser.Read(child, context)).Trim();
                    break;
                default:
                    context.UnknownElement(child, element);
                    break;
            }
        }

        return new Header(governing is { Count: > 0 } ? governing : null, issuer, number, placeDate) { Subject = subject, Urgency = string.IsNullOrEmpty(urgency) ? null : urgency };
    }
}
