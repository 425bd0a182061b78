using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Document.Markup;

/// <summary>Reads <c>&lt;signing&gt;</c> and punctuates the recipient list as the decree asks (box 9b), with the grammar's recipient and archive lines.</summary>
internal sealed class SigningParser(ParseContext context)
{
    public Signing Read(MarkupElement signing)
    {
        context.CheckAttributes(signing);
        context.CheckNoText(signing);
        var recipients = new List<string>();
        var authorities = new List<string>();
        string? name = null;
        string? note = null;
        foreach (var child in signing.Elements())
        {
            switch (child.PlainName)
            {
                case "recipients":
                    context.CheckAttributes(child);
                    context.CheckNoText(child);
                    ReadRecipients(child, recipients);
                    break;
                case "signature":
                    context.CheckAttributes(child);
                    context.CheckNoText(child);
                    foreach (var line in child.Elements())
                    {
                        context.CheckAttributes(line);
                        switch (line.LocalName)
                        {
                            case "authority":
                                AddIfAny(authorities, InlineParser.ReadPlain(line, context));
                                break;
                            case "name":
                                name = InlineParser.ReadPlain(line, context);
                                break;
                            case "note":
                                note = InlineParser.ReadPlain(line, context);
                                break;
                            default:
                                context.UnknownElement(line, child);
                                break;
                        }
                    }

                    break;
                default:
                    context.UnknownElement(child, signing);
                    break;
            }
        }

        return new Signing(recipients, authorities, name, note);
    }

    private void ReadRecipients(MarkupElement list, List<string> lines)
    {
        ArchiveLine? archive = null;
        foreach (var item in list.Elements())
        {
            context.CheckAttributes(item);
            var text = InlineParser.ReadPlain(item, context);
            switch (item.LocalName)
            {
                case "recipient":
                    if (text is not null && RecipientLine.Parse(text) is { } recipient)
                    {
                        lines.Add(recipient.Value.Format());
                    }

                    break;
                case "archive":
                    archive = text is null ? null : ArchiveLine.OfEntries(text);
                    break;
                default:
                    context.UnknownElement(item, list);
                    break;
            }
        }

        // The archive line is always last and ends the list with a full stop.
        if (archive is not null)
        {
            lines.Add(archive.Format());
        }
    }

    private static void AddIfAny(List<string> lines, string? text)
    {
        if (text is not null)
        {
            lines.Add(text);
        }
    }
}
