using DocumentFormat.OpenXml;

namespace PlanGen.Docx;

/// <summary>What every node writer needs: the profile, the text width and where to append.</summary>
internal sealed class WriterContext(LayoutProfile profile, OpenXmlElement body, bool landscapeBody = false)
{
    public LayoutProfile Profile { get; } = profile;

    public OpenXmlElement Body { get; } = body;

    /// <summary>Width between the margins of a portrait page.</summary>
    public int PortraitTextWidth => Units.TwipsFromMm(Profile.PageWidthMm - Profile.MarginLeftMm - Profile.MarginRightMm);

    /// <summary>Width between the margins of a landscape page (same margins, page turned).</summary>
    public int LandscapeTextWidth => Units.TwipsFromMm(Profile.PageHeightMm - Profile.MarginLeftMm - Profile.MarginRightMm);

    /// <summary>Width between the margins of the body section's pages: portrait unless the document asks for landscape.</summary>
    public int BodyTextWidth => landscapeBody ? LandscapeTextWidth : PortraitTextWidth;

    public void Add(OpenXmlElement element) => Body.Append(element);
}
