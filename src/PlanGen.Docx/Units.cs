using System.Globalization;

namespace PlanGen.Docx;

/// <summary>Conversions to the units WordprocessingML counts in, as invariant text.</summary>
internal static class Units
{
    /// <summary>Twentieths of a point: 1 inch = 1440, 1 mm = 1440 / 25.4 (20 mm → 1134).</summary>
    public static int TwipsFromMm(double mm) => (int)Math.Round(mm * 1440 / 25.4, MidpointRounding.AwayFromZero);

    public static int TwipsFromCm(double cm) => TwipsFromMm(cm * 10);

    public static int TwipsFromPt(double pt) => (int)Math.Round(pt * 20, MidpointRounding.AwayFromZero);

    /// <summary>Font sizes are in half-points.</summary>
    public static string HalfPoints(double pt) => Text((int)Math.Round(pt * 2, MidpointRounding.AwayFromZero));

    /// <summary>"auto" line spacing is in 240ths of a line.</summary>
    public static string Lines(double lines) => Text((int)Math.Round(lines * 240, MidpointRounding.AwayFromZero));

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
