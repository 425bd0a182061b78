using System.Text;

namespace PlanGen.Core.Diagnostics;

/// <summary>
/// Prints diagnostics the way compilers do, so editors and CI annotators can link them:
/// <c>path(line,col): error PG1001: message</c>, then the hint indented on the next line; in
/// Vietnamese the severity is Vietnamese too (<c>lỗi</c>, <c>cảnh báo</c>, <c>thông tin</c>).
/// Every echoed value is escaped (<see cref="EchoText"/>): one diagnostic is always one line.
/// </summary>
public static class TextDiagnosticFormatter
{
    /// <summary>One diagnostic as one or two lines (without a trailing newline).</summary>
    public static string Format(Diagnostic diagnostic, string language)
    {
        var text = new StringBuilder();
        text.Append(EchoText.Escape(diagnostic.Span.ToString(language)));
        text.Append(": ").Append(language == "vi" ? VietnameseSeverityWord(diagnostic.Severity) : SeverityWord(diagnostic.Severity)).Append(' ').Append(diagnostic.Id).Append(": ");
        text.Append(EchoText.Escape(diagnostic.Message(language)));
        var hint = diagnostic.Hint(language);
        if (!string.IsNullOrEmpty(hint))
        {
            text.Append('\n').Append("    ").Append(language == "vi" ? "gợi ý: " : "hint: ").Append(EchoText.Escape(hint));
        }
        return text.ToString();
    }

    // A Vietnamese line says its severity in Vietnamese; JSON and English lines keep the compilers' words.
    private static string VietnameseSeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "lỗi",
        Severity.Warning => "cảnh báo",
        _ => "thông tin",
    };

    /// <summary>The severity as compilers print it.</summary>
    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
