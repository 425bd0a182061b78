namespace PlanGen.Docx;

/// <summary>Fixed relationship ids and part names: random ids would make every build differ.</summary>
internal static class PartIds
{
    public const string StylesRel = "rId1";
    public const string SettingsRel = "rId2";
    public const string PageNumberHeaderRel = "rId3";
    public const string EmptyHeaderRel = "rId4";
    public const string FootnotesRel = "rId5";

    public const string Document = "word/document.xml";
    public const string Styles = "word/styles.xml";
    public const string Settings = "word/settings.xml";
    public const string PageNumberHeader = "word/header1.xml";
    public const string EmptyHeader = "word/header2.xml";
    public const string Core = "docProps/core.xml";
    public const string Footnotes = "word/footnotes.xml";
}
