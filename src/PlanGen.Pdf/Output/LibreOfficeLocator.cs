namespace PlanGen.Pdf.Output;

/// <summary>
/// Finds LibreOffice's <c>soffice</c>: the path in <c>PLANGEN_SOFFICE</c> when set (an install
/// outside PATH), else on PATH, else where the Windows installer puts it.
/// </summary>
public static class LibreOfficeLocator
{
    /// <summary>The variable that names the soffice executable to use.</summary>
    public const string Variable = "PLANGEN_SOFFICE";

    /// <summary>The soffice executable, or null when LibreOffice is not installed.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
        {
            return File.Exists(named) ? named : null;
        }
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice", "libreoffice"];
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (OperatingSystem.IsWindows())
        {
            folders.Add(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "LibreOffice", "program"));
        }
        return folders.SelectMany(folder => names.Select(name => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }
}
