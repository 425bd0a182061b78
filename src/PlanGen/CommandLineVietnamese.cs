using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace PlanGen.Cli;

/// <summary>
/// The Vietnamese of the texts System.CommandLine writes itself: the headings of <c>--help</c> and
/// its parse errors. The library has no Vietnamese resources, and its help sections write their
/// headings from those resources, so the English it produces is translated here by pattern; a
/// text with no pattern (a rare error, or a newer library's wording) stays as the library wrote it.
/// </summary>
internal static partial class CommandLineVietnamese
{
    // The headings stand alone on their line; nothing else in the help does.
    private static readonly FrozenDictionary<string, string> Headings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Description:"] = "Mô tả:",
        ["Usage:"] = "Cách dùng:",
        ["Arguments:"] = "Đối số:",
        ["Options:"] = "Tùy chọn:",
        ["Commands:"] = "Lệnh:",
        ["Additional Arguments:"] = "Đối số thêm:",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Markers inside the usage line and the option rows.
    private static readonly (string English, string Vietnamese)[] Markers =
    [
        (" [options]", " [tùy chọn]"),
        (" [command]", " [lệnh]"),
        ("[default: ", "[mặc định: "),
        ("(REQUIRED)", "(BẮT BUỘC)"),
    ];

    // The library's English message formats, as in its resources, with their Vietnamese.
    private static readonly (Regex English, string Vietnamese)[] Errors =
    [
        (Pattern("Unrecognized command or argument '{0}'."), "Không nhận ra lệnh hoặc đối số '{0}'."),
        (Pattern("Required command was not provided."), "Chưa ghi lệnh cần chạy (validate, build, …)."),
        (Pattern("Required argument missing for option: '{0}'."), "Tùy chọn '{0}' cần một giá trị đi kèm."),
        (Pattern("Required argument '{0}' missing for command: '{1}'."), "Lệnh '{1}' cần đối số '{0}'."),
        (Pattern("Option '{0}' is required."), "Phải ghi tùy chọn '{0}'."),
        (Pattern("Option '{0}' expects a single argument but {1} were provided."), "Tùy chọn '{0}' chỉ nhận một giá trị nhưng có {1} giá trị."),
        (Pattern("Argument '{0}' not recognized. Must be one of:{1}"), "Không nhận giá trị '{0}'. Phải là một trong:{1}"),
        (Pattern("Cannot parse argument '{0}' for option '{1}' as expected type '{2}'."), "Giá trị '{0}' của tùy chọn '{1}' không đúng kiểu '{2}'."),
        (Pattern("Cannot parse argument '{0}' for command '{1}' as expected type '{2}'."), "Đối số '{0}' của lệnh '{1}' không đúng kiểu '{2}'."),
        (Pattern("'{0}' was not matched. Did you mean one of the following?"), "Không có lệnh '{0}'. Có phải định gõ một trong các lệnh sau?"),
        (Pattern("{0} option cannot be combined with other arguments."), "Tùy chọn {0} không dùng chung được với đối số khác."),
        // plangen's own checks of the command line (PeriodArgument, derive's --unit or --all-units).
        (Pattern("'{0}' is not a reporting period: write 2024-06, 2024-q2, 2024-6m, 2024-9m or 2024."),
            "'{0}' không phải kỳ báo cáo: hãy ghi 2024-06 (tháng), 2024-q2 (quý), 2024-6m (6 tháng đầu năm), 2024-9m (9 tháng) hoặc 2024 (năm)."),
        (Pattern("Give either --unit UNIT or --all-units."), "Hãy ghi một trong hai: --unit ĐƠN_VỊ (một đơn vị) hoặc --all-units (mọi đơn vị chủ trì)."),
    ];

    /// <summary>The help text as System.CommandLine wrote it, with its headings, markers and usage line in Vietnamese.</summary>
    public static string Help(string english)
    {
        var lines = english.Split('\n');
        var inUsage = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (Headings.TryGetValue(line, out var heading))
            {
                lines[i] = heading + lines[i][line.Length..];
                inUsage = line == "Usage:";
                continue;
            }
            if (inUsage && line.Length > 0)
            {
                // The library writes the usage line from the arguments' names, not their help names:
                // "plangen validate <plans>..." under an Arguments section that says <kế hoạch>.
                lines[i] = UsageArgument().Replace(lines[i], m =>
                    HelpTexts.Placeholders.TryGetValue(m.Groups[1].Value, out var vietnamese) ? "<" + vietnamese + ">" : m.Value);
            }
            else
            {
                inUsage = false;
            }
            foreach (var (from, to) in Markers)
            {
                lines[i] = lines[i].Replace(from, to, StringComparison.Ordinal);
            }
        }
        return string.Join('\n', lines);
    }

    /// <summary>The Vietnamese of one of the library's parse error messages, or the message itself when it has none.</summary>
    public static string ParseError(string english)
    {
        foreach (var (pattern, vietnamese) in Errors)
        {
            var match = pattern.Match(english);
            if (match.Success)
            {
                return Placeholder().Replace(vietnamese, m => match.Groups["p" + m.Groups[1].Value].Value);
            }
        }
        return english;
    }

    private static Regex Pattern(string format)
    {
        var body = Placeholder().Replace(Regex.Escape(format).Replace(@"\{", "{", StringComparison.Ordinal), m => "(?<p" + m.Groups[1].Value + ">.*?)");
        return new Regex("^" + body + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"\{(\d)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"<([a-z-]+)>")]
    private static partial Regex UsageArgument();
}
