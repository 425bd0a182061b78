namespace PlanGen.Tests.Support;

/// <summary>A fact that runs a stand-in program written as a shell script, so only where there is a POSIX shell.</summary>
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "uses a shell script as a stand-in for LibreOffice";
        }
    }
}
