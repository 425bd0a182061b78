using System.Runtime.CompilerServices;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanGen.Docx;

/// <summary>
/// The parts that do not depend on the plan (styles, settings, the two headers), serialised once
/// per layout profile and process: a batch writes the same bytes for every plan without building
/// their element trees again, and a single build pays for them once.
/// </summary>
internal static class StaticParts
{
    private static readonly ConditionalWeakTable<LayoutProfile, PackageWriter.Entry[]> ByProfile = [];

    /// <summary>The package entries of the plan-independent parts under <paramref name="profile"/>.</summary>
    public static PackageWriter.Entry[] Of(LayoutProfile profile) => ByProfile.GetValue(profile, Serialize);

    private static PackageWriter.Entry[] Serialize(LayoutProfile profile) =>
    [
        PackageWriter.Bytes(PartIds.Styles, PackageWriter.Serialize(StylesBuilder.Build(profile))),
        PackageWriter.Bytes(PartIds.Settings, PackageWriter.Serialize(Settings())),
        PackageWriter.Bytes(PartIds.PageNumberHeader, PackageWriter.Serialize(PageHeaderBuilder.PageNumber())),
        PackageWriter.Bytes(PartIds.EmptyHeader, PackageWriter.Serialize(PageHeaderBuilder.Empty())),
    ];

    private static Settings Settings() => new(
        new DefaultTabStop { Val = 720 },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
}
