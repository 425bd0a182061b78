using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Import;

/// <summary>
/// Recognises a Tờ trình, Thông báo or Công văn in a read document, in the order the decree lays
/// them out: the header, the type line and subject (a công văn's "V/v …" under its number instead),
/// "Kính gửi:", the opening paragraphs, numbered items "1.", "2.", parts "I.", "II.", the closing
/// sentence ending "./.", the recipients and the signature. Nothing is dropped: a line no rule
/// places is kept as text where it was met, with a warning.
/// </summary>
internal static partial class GeneralRecognizer
{
    // "Sở Nội vụ tỉnh Bắc Giang thông báo …": the body that speaks in the opening sentence of a page that lost its header.
    [GeneratedRegex(@"^(?<who>\p{Lu}[^,.;:()]{2,80}?)\s+(?:xin\s+|kính\s+)?(?:thông báo|trình|đề nghị|hướng dẫn|báo cáo)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Speaker();

    public static ImportedDocument Recognize(ImportSource source, FamilyType type, DiagnosticBag diagnostics)
    {
        var footnotes = source.Footnotes;
        var r = new Recognition(source.Document, source.Lines(), diagnostics, source.Outline);
        var header = HeaderRecognizer.Read(r, [type.Code]);
        var title = type.IsLetter ? LetterSubject(r, header) : header.Title;
        var to = AddresseeLines.Read(r);
        var closing = ClosingSentence(r);
        var text = new List<string>();
        foreach (var line in header.Unplaced)
        {
            r.Unplaced(line, "text");
            text.Add(line.Marked);
        }
        // The items and parts are the outline's: what stands before the first is the opening text.
        var body = BodyRecognizer.Placed(r, items: true);
        while (!r.AtEnd && r.Current.Table is null && !BodyRecognizer.EndsBody(r.Current) && r.Index < body.Start)
        {
            text.Add(r.Current.Marked);
            r.Index++;
        }
        var holder = new SectionBuilder(null);
        var parts = BodyRecognizer.Read(r, body, holder);
        var ending = ClosingRecognizer.Read(r);
        var items = holder.Items.Select(i => i.Build()).ToList();
        text.AddRange(holder.Paragraphs);
        // Text left after the items but before a part stays after the last item.
        if (holder.After.Count > 0 && items.Count > 0) items[^1] = items[^1] with { After = [.. items[^1].After, .. holder.After] };
        else text.AddRange(holder.After);
        var built = parts.Select(p => p.Section.Build() with
        {
            Kind = null,
            HeadingCase = VietnameseCase.IsUpper(p.Heading) ? null : HeadingCase.AsWritten,
        }).ToList();
        for (; !r.AtEnd; r.Index++)
        {
            // Whatever follows the signature is kept, after the last part, item or paragraph.
            var key = built.Count > 0 ? $"parts[{built.Count}]" : items.Count > 0 ? $"items[{items.Count}]" : "text";
            r.Unplaced(r.Current, key);
            var kept = PartAssignment.Text(r.Current);
            if (built.Count > 0) built[^1] = built[^1] with { After = [.. built[^1].After, kept] };
            else if (items.Count > 0) items[^1] = items[^1] with { After = [.. items[^1].After, kept] };
            else text.Add(kept);
        }
        if (!header.HasNumberLine && header.Date is null && text.Take(3).Select(t => PortalLead.Parse(Document.Reading.MarkedText.Plain(t))).FirstOrDefault(l => l is not null) is { } lead)
        {
            title ??= FromLead(r, header, lead, text);
        }
        if (header.IssuerName is null && text.Count > 0 && Speaker().Match(Document.Reading.MarkedText.Plain(text[0])) is { Success: true } speaker)
        {
            header.IssuerName = speaker.Groups["who"].Value.Trim();
        }
        var issuer = IssuerInference.Infer(r, header, null, ending.Signature);
        if (title is null)
        {
            title = "TODO";
            r.Guessed("title", title, MessageWord.Why.NoTitle);
        }
        var imported = new GeneralDocument
        {
            SourcePath = r.File,
            TypeCode = type.Code,
            Issuer = issuer,
            Number = header.Number is { } n ? new DocumentNumber(n) : null,
            Date = header.Date,
            Title = title,
            To = to,
            Text = text,
            Items = items,
            Parts = built,
            Closing = closing ?? ending.Closing,
            Recipients = ending.Recipients,
            Archive = ending.Archive,
            Signature = ending.Signature,
            Footnotes = footnotes,
        };
        r.Report();
        return new ImportedDocument(imported, r.Notes, r.File);
    }

    /// <summary>
    /// What a portal's post says of the letter it carries, each value warned as read from its lead
    /// sentence; the subject is the post's title above it when that is the same words.
    /// </summary>
    private static string? FromLead(Recognition r, RecognizedHeader header, PortalLead lead, List<string> text)
    {
        header.Number = lead.Number;
        header.Code = lead.Code;
        header.Date = lead.Date;
        header.IssuerName ??= lead.Issuer;
        r.Guessed("number", lead.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), MessageWord.Why.PortalLead);
        if (lead.Date is { } date) r.Guessed("date", date.ToIsoText(), MessageWord.Why.PortalLead);
        if (lead.Subject is null) return null;
        var posted = Document.Reading.MarkedText.Plain(text[0]).Trim();
        if (!string.Equals(Text.VietnameseCasing.Lower(posted), Text.VietnameseCasing.Lower(lead.Subject), StringComparison.Ordinal))
        {
            r.Guessed("title", lead.Subject, MessageWord.Why.PortalLead);
            return lead.Subject;
        }
        text.RemoveAt(0);
        return posted;
    }

    /// <summary>
    /// The last paragraph before the recipients and the signature when it ends with "./.": the
    /// closing sentence, taken out of the lines so the body ends before it; null when there is none.
    /// </summary>
    private static string? ClosingSentence(Recognition r)
    {
        var end = r.Index;
        while (end < r.Lines.Count && (r.Lines[end].Table is not null || !BodyRecognizer.EndsBody(r.Lines[end]))) end++;
        var last = end - 1;
        if (last < r.Index || r.Lines[last].Table is not null || !r.Lines[last].Text.EndsWith("/.", StringComparison.Ordinal)) return null;
        var closing = r.Lines[last].Marked.Trim();
        r.Lines.RemoveAt(last);
        return closing[..closing.LastIndexOf("/.", StringComparison.Ordinal)].TrimEnd().TrimEnd('.').TrimEnd();
    }

    /// <summary>
    /// A công văn's subject: the "V/v …" line where the outline finds it (in the header, between
    /// the number and the date, or under it), with the lines a narrow box wrapped it onto; those
    /// lines are the subject's, not the body's. Null when there is none.
    /// </summary>
    private static string? LetterSubject(Recognition r, RecognizedHeader header)
    {
        if (r.Outline.LetterSubject is not { } subject) return header.Title;
        var at = HeaderRecognizer.LinesOf(r, [subject]);
        if (at.Count == 0) return header.Title;
        var goesOn = HeaderRecognizer.LinesOf(r, r.Outline.LetterSubjectGoesOn).Where(i => i > at.Max());
        var indices = at.Concat(goesOn).Order().ToList();
        // Under the header it is the next line; nothing between is passed over.
        if (indices[0] > r.Index) return header.Title;
        var lines = indices.Select(i => r.Lines[i]).ToList();
        header.Unplaced.RemoveAll(lines.Contains);
        r.Index = Math.Max(r.Index, indices[^1] + 1);
        return Joined(lines);
    }

    // The lines of one paragraph keep the breaks it has; lines a page wrapped join with a space.
    private static string Joined(List<ImportLine> lines)
    {
        var subject = SubjectLine.Parse(lines[0].Text)!.Subject;
        for (var i = 1; i < lines.Count; i++)
        {
            subject += (lines[i].Location.Paragraph > 0 && lines[i].Location == lines[i - 1].Location ? "\n" : " ") + lines[i].Text;
        }
        return subject;
    }
}
