using PlanGen.Core.Layout;

namespace PlanGen.Docx;

/// <summary>What every node writer needs: the profile, the text width and where to write.</summary>
internal sealed class WriterContext(LayoutProfile profile, WmlWriter writer, bool landscapeBody = false)
{
    public LayoutProfile Profile { get; } = profile;

    /// <summary>The document body being written; each writer writes its nodes in reading order.</summary>
    public WmlWriter Writer { get; } = writer;

    /// <summary>Width between the margins of a portrait page.</summary>
    public int PortraitTextWidth => Units.TwipsFromMm(Profile.PageWidthMm - Profile.MarginLeftMm - Profile.MarginRightMm);

    /// <summary>Width between the margins of a landscape page (same margins, page turned).</summary>
    public int LandscapeTextWidth => Units.TwipsFromMm(Profile.PageHeightMm - Profile.MarginLeftMm - Profile.MarginRightMm);

    /// <summary>Width between the margins of the body section's pages: portrait unless the document asks for landscape.</summary>
    public int BodyTextWidth => landscapeBody ? LandscapeTextWidth : PortraitTextWidth;
}
