namespace PlanGen.Docx;

/// <summary>The header parts: a centred PAGE field for every page but the first, and an empty one for page 1.</summary>
internal static class PageHeaderBuilder
{
    public static void PageNumber(WmlWriter w)
    {
        w.StartRoot("hdr");
        w.Start("p");
        w.Start("pPr");
        w.Value("pStyle", StyleIds.PageNumber);
        w.End();
        FieldChar(w, "begin");
        w.Start("r");
        w.Text("instrText", " PAGE ", preserveSpace: true);
        w.End();
        FieldChar(w, "separate");

        // The number shown until Word updates the field; page 2 is the first page that has one.
        w.Start("r");
        w.Text("t", "2", preserveSpace: false);
        w.End();
        FieldChar(w, "end");
        w.End();
        w.End();
    }

    public static void Empty(WmlWriter w)
    {
        w.StartRoot("hdr");
        Paragraphs.Empty(w, StyleIds.PageNumber);
        w.End();
    }

    private static void FieldChar(WmlWriter w, string type)
    {
        w.Start("r");
        w.Start("fldChar");
        w.Attribute("fldCharType", type);
        w.End();
        w.End();
    }
}
