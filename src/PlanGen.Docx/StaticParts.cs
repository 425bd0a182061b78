using PlanGen.Core.Layout;

namespace PlanGen.Docx;

/// <summary>
/// The parts that do not depend on the plan (styles, settings, the two headers): the same bytes
/// for every plan built with one layout profile.
/// </summary>
internal static class StaticParts
{
    /// <summary>The package entries of the plan-independent parts under <paramref name="profile"/>, with the footnote styles when the document has notes.</summary>
    public static PackageWriter.Entry[] Of(LayoutProfile profile, bool footnotes = false) =>
    [
        PackageWriter.Bytes(PartIds.Styles, PackageWriter.Serialize(w => StylesBuilder.Write(w, profile, footnotes))),
        PackageWriter.Bytes(PartIds.Settings, PackageWriter.Serialize(Settings)),
        PackageWriter.Bytes(PartIds.PageNumberHeader, PackageWriter.Serialize(PageHeaderBuilder.PageNumber)),
        PackageWriter.Bytes(PartIds.EmptyHeader, PackageWriter.Serialize(PageHeaderBuilder.Empty)),
    ];

    /// <summary>Tab stops every half inch, and Word 2013+ layout rather than a compatibility mode.</summary>
    private static void Settings(WmlWriter w)
    {
        w.StartRoot("settings");
        w.Value("defaultTabStop", "720");
        w.Start("compat");
        w.Start("compatSetting");
        w.Attribute("name", "compatibilityMode");
        w.Attribute("uri", "http://schemas.microsoft.com/office/word");
        w.Attribute("val", "15");
        w.End();
        w.End();
        w.End();
    }
}
