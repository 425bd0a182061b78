using System.Diagnostics;

namespace PlanGen.Tests.Support;

/// <summary>Runs LibreOffice and poppler's tools, as a reader would open and print a document.</summary>
internal static class LibreOffice
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool IsInstalled => OnPath("soffice") && OnPath("pdftotext") && OnPath("pdfinfo");

    /// <summary>Converts DOCX files to PDF in <paramref name="folder"/> with a private profile, so runs do not share a lock.</summary>
    public static void ConvertToPdf(string folder, IEnumerable<string> docxFiles)
    {
        var arguments = new List<string>
        {
            "-env:UserInstallation=file://" + Path.Combine(folder, "profile"),
            "--headless", "--convert-to", "pdf", "--outdir", folder,
        };
        arguments.AddRange(docxFiles);
        Run("soffice", arguments, TimeSpan.FromMinutes(3));
    }

    /// <summary>The text of one page, laid out as printed.</summary>
    public static string PageText(string pdf, int page) =>
        Run("pdftotext", ["-layout", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, "-"], TimeSpan.FromSeconds(30));

    /// <summary>pdfinfo's report for a range of pages (page count, each page's size).</summary>
    public static string Info(string pdf, int lastPage) =>
        Run("pdfinfo", ["-f", "1", "-l", lastPage.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf], TimeSpan.FromSeconds(30));

    private static string Run(string tool, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {timeout}");
        }
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error.Result}");
        return output.Result;
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(folder => File.Exists(Path.Combine(folder, tool)));
}
