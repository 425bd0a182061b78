using System.Diagnostics;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Pdf.Output;

/// <summary>
/// Which font LibreOffice prints Times New Roman with, asked of fontconfig (<c>fc-match</c>) once
/// per run: where Times New Roman is not installed, the PDF says so with a warning naming the font
/// used (Liberation Serif has its metrics, so pages break alike).
/// </summary>
internal static class FontCheck
{
    private static readonly Lazy<string?> Substitute = new(FindSubstitute);

    public static void Report(SourceSpan at, DiagnosticBag diagnostics)
    {
        if (Substitute.Value is { } font)
        {
            diagnostics.Add(DiagnosticCode.PdfFontSubstituted, Severity.Warning, at, font);
        }
    }

    /// <summary>The family fontconfig gives for Times New Roman when it is another; null when it is Times New Roman or fontconfig is absent (Windows).</summary>
    private static string? FindSubstitute()
    {
        try
        {
            var start = new ProcessStartInfo("fc-match") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("--format=%{family[0]}");
            start.ArgumentList.Add("Times New Roman");
            using var process = Process.Start(start)!;
            var family = process.StandardOutput.ReadToEnd().Trim();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)) || process.ExitCode != 0 || family.Length == 0) return null;
            return string.Equals(family, "Times New Roman", StringComparison.OrdinalIgnoreCase) ? null : family;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
