namespace PlanGen.Tests.Support;

/// <summary>
/// A fact that needs LibreOffice and poppler. Outside CI it is skipped, with the reason shown, when
/// they are not installed; under CI=true their absence is a failure, since .ci/run installs them.
/// </summary>
internal sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (!LibreOffice.IsInstalled && !LibreOffice.IsCi)
        {
            Skip = "LibreOffice (soffice) or poppler (pdftotext) is not installed; .ci/run installs them";
        }
    }
}
