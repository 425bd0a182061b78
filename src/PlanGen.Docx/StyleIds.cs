namespace PlanGen.Docx;

/// <summary>Paragraph style ids; a clerk who edits the file in Word sees these names.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Body = "Body";
    public const string Basis = "Basis";
    public const string Addressee = "Addressee";
    public const string CentredHeading = "CentredHeading";
    public const string LetterSubject = "LetterSubject";
    public const string PartHeading = "PartHeading";
    public const string ClauseHeading = "ClauseHeading";
    public const string Closing = "Closing";
    public const string Governing = "HeaderGoverning";
    public const string Issuer = "HeaderIssuer";
    public const string Number = "HeaderNumber";
    public const string NationalTitle = "NationalTitle";
    public const string Motto = "Motto";
    public const string PlaceDate = "PlaceDate";
    public const string ShortLine = "ShortLine";
    public const string DocumentType = "DocumentType";
    public const string Subject = "Subject";
    public const string RecipientsHeading = "RecipientsHeading";
    public const string Recipient = "Recipient";
    public const string SignatureAuthority = "SignatureAuthority";
    public const string SignatureName = "SignatureName";
    public const string SignatureNote = "SignatureNote";
    public const string AppendixHeading = "AppendixHeading";
    public const string AppendixTitle = "AppendixTitle";
    public const string AppendixReference = "AppendixReference";
    public const string TableHeader = "TableHeader";
    public const string TableText = "TableText";
    public const string TableNumber = "TableNumber";
    public const string TableGroup = "TableGroup";
    public const string PageNumber = "PageNumber";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
}
