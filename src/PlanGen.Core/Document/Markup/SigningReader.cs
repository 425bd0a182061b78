namespace PlanGen.Core.Document.Markup;

/// <summary>Reads <c>&lt;signing&gt;</c> and punctuates the recipient list as the decree asks (box 9b).</summary>
internal sealed class SigningReader(ParseContext context)
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
                                AddIfAny(authorities, InlineReader.ReadPlain(line, context));
                                break;
                            case "name":
                                name = InlineReader.ReadPlain(line, context);
                                break;
                            case "note":
                                note = InlineReader.ReadPlain(line, context);
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
        string? archive = null;
        foreach (var item in list.Elements())
        {
            context.CheckAttributes(item);
            var text = InlineReader.ReadPlain(item, context);
            switch (item.LocalName)
            {
                case "recipient":
                    if (text is not null)
                    {
                        lines.Add("- " + Bare(text) + ";");
                    }

                    break;
                case "archive":
                    archive = text;
                    break;
                default:
                    context.UnknownElement(item, list);
                    break;
            }
        }

        // The archive line is always last and ends the list with a full stop.
        if (archive is not null)
        {
            var bare = Bare(archive);
            if (bare.StartsWith("Lưu:", StringComparison.Ordinal))
            {
                bare = bare["Lưu:".Length..].TrimStart();
            }

            lines.Add("- Lưu: " + bare + ".");
        }
    }

    /// <summary>The text without a mark or end punctuation a template may already have printed.</summary>
    private static string Bare(string text)
    {
        var bare = text.Trim();
        if (bare.StartsWith("- ", StringComparison.Ordinal))
        {
            bare = bare[2..];
        }

        return bare.TrimEnd(';', '.', ',', ' ');
    }

    private static void AddIfAny(List<string> lines, string? text)
    {
        if (text is not null)
        {
            lines.Add(text);
        }
    }
}
