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
        var table = Tables.Create([left, right], grid: false, cellSideMargin: 0);

        var leftCell = Tables.Cell(left);
        if (signing.Recipients.Count > 0)
        {
            leftCell.Append(Paragraphs.Styled(StyleIds.RecipientsHeading, "Nơi nhận:"));
            foreach (var recipient in signing.Recipients)
            {
                leftCell.Append(Paragraphs.Styled(StyleIds.Recipient, recipient));
            }
        }
        else
        {
            leftCell.Append(Paragraphs.Empty(StyleIds.Recipient)); // a cell must hold a paragraph
        }

        var rightCell = Tables.Cell(right);
        foreach (var authority in signing.Authorities)
        {
            rightCell.Append(Paragraphs.Styled(StyleIds.SignatureAuthority, authority));
        }

        for (var i = 0; i < p.SignatureBlankLines; i++)
        {
            rightCell.Append(Paragraphs.Empty(StyleIds.SignatureName));
        }

        rightCell.Append(Paragraphs.Styled(StyleIds.SignatureName, signing.Name ?? string.Empty));
        if (signing.Note is not null)
        {
            rightCell.Append(Paragraphs.Styled(StyleIds.SignatureNote, signing.Note));
        }

        // One row that never splits: the name must stay on the page with the recipients and authority.
        table.Append(new DocumentFormat.OpenXml.Wordprocessing.TableRow(
            new DocumentFormat.OpenXml.Wordprocessing.TableRowProperties(new DocumentFormat.OpenXml.Wordprocessing.CantSplit()),
            leftCell,
            rightCell));
        context.Add(table);
    }
}
