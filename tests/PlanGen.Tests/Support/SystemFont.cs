namespace PlanGen.Tests.Support;

/// <summary>A TrueType serif font with the Vietnamese letters, from where systems install one.</summary>
internal static class SystemFont
{
    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        @"C:\Windows\Fonts\times.ttf",
        "/System/Library/Fonts/Supplemental/Times New Roman.ttf",
    ];

    /// <summary>The font file's path; null when none of the usual places has one.</summary>
    public static string? Serif { get; } = Candidates.FirstOrDefault(File.Exists);
}
