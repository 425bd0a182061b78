using PlanGen.Core.Document;

namespace PlanGen.Docx;

/// <summary>
/// The closing block: a borderless two-column table, recipients left ("Nơi nhận:" then one line
/// each), signature right (authority lines, room for signature and seal, name).
/// </summary>
internal static class SigningWriter
{
    public static void Write(Signing signing, WriterContext context)
    {
        var p = context.Profile;
        var width = context.BodyTextWidth;
        var left = (int)(width * p.ClosingLeftColumnShare);
        var right = width - left;
        var w = context.Writer;
        Tables.Start(w, [left, right], grid: false, cellSideMargin: 0);

        // One row that never splits: the name must stay on the page with the recipients and authority.
        Tables.StartRow(w, cantSplit: true);
        Tables.StartCell(w, left);
        if (signing.Recipients.Count > 0)
        {
            Paragraphs.Styled(w, StyleIds.RecipientsHeading, "Nơi nhận:");
            foreach (var recipient in signing.Recipients)
            {
                Paragraphs.Styled(w, StyleIds.Recipient, recipient);
            }
        }
        else
        {
            Paragraphs.Empty(w, StyleIds.Recipient); // a cell must hold a paragraph
        }

        w.End();

        Tables.StartCell(w, right);
        foreach (var authority in signing.Authorities)
        {
            Paragraphs.Styled(w, StyleIds.SignatureAuthority, authority);
        }

        for (var i = 0; i < p.SignatureBlankLines; i++)
        {
            Paragraphs.Empty(w, StyleIds.SignatureName);
        }

        Paragraphs.Styled(w, StyleIds.SignatureName, signing.Name ?? string.Empty);
        if (signing.Note is not null)
        {
            Paragraphs.Styled(w, StyleIds.SignatureNote, signing.Note);
        }

        w.End(); // cell
        w.End(); // row
        w.End(); // table
    }
}
