namespace PlanGen.Tests.Support;

/// <summary>
/// A fact that writes Vietnamese into a PDF and so needs a TrueType font with its letters from the
/// system (<see cref="SystemFont"/>). Outside CI it is skipped when there is none; under CI=true
/// that is a failure, since .ci/run installs LibreOffice and its fonts.
/// </summary>
internal sealed class TrueTypeFactAttribute : FactAttribute
{
    public TrueTypeFactAttribute()
    {
        if (SystemFont.Serif is null && !LibreOffice.IsCi)
        {
            Skip = "no TrueType font with Vietnamese letters (Liberation Serif, DejaVu Serif, Times New Roman) is installed";
        }
    }
}
