using System.Globalization;
using System.Text;
using PlanGen.Core.Text;

namespace PlanGen.Core.Reports.Deadlines;

/// <summary>
/// The dated lines of <c>plangen deadlines</c> as an iCalendar file (RFC 5545) to import into a
/// calendar: one all-day event per line, a report on its due date and a task over its days, the
/// summary in Vietnamese (NFC). The output depends on the plans alone: each event's UID is fixed by
/// its plan and line, so importing again updates the event, and its DTSTAMP is the plan's date,
/// not the clock. Lines that name no day (Thường xuyên) are left out.
/// </summary>
public static class DeadlineIcsFormatter
{
    /// <summary>The calendar text, lines ended with CRLF and folded at 75 octets as RFC 5545 asks.</summary>
    public static string Format(IReadOnlyList<DeadlineEntry> entries)
    {
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//plangen//plangen deadlines//VI");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        foreach (var entry in DeadlineTableFormatter.InOrder(entries).Where(e => e.IsDated))
        {
            Line(text, "BEGIN:VEVENT");
            Line(text, "UID:" + entry.Uid);
            Line(text, "DTSTAMP:" + Day(entry.Issued) + "T000000Z");
            Line(text, "DTSTART;VALUE=DATE:" + Day(entry.From!.Value));
            // An all-day event ends on the day after its last (DTEND is exclusive).
            Line(text, "DTEND;VALUE=DATE:" + Day(entry.To!.Value.AddDays(1)));
            Line(text, "SUMMARY:" + Escape(Summary(entry)));
            Line(text, "DESCRIPTION:" + Escape(Description(entry)));
            Line(text, "TRANSP:TRANSPARENT");
            Line(text, "END:VEVENT");
        }
        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    /// <summary>"Hạn gửi báo cáo 6 tháng đầu năm 2024 – Công an tỉnh (68/KH-UBND)", "Nhiệm vụ I.3 (68/KH-UBND): Tổ chức …".</summary>
    private static string Summary(DeadlineEntry entry) => entry.Kind == DeadlineKind.ReportDue
        ? "Hạn gửi " + Lower(entry.What) + (entry.Unit.Length > 0 ? " – " + entry.Unit : "") + " (" + entry.PlanName + ")"
        : "Nhiệm vụ " + entry.Key + " (" + entry.PlanName + "): " + Output.TextTable.Cut(entry.What, 120);

    private static string Description(DeadlineEntry entry) => entry.Kind == DeadlineKind.ReportDue
        ? "Kế hoạch " + entry.PlanName + ". Đơn vị báo cáo: " + entry.Unit + "."
        : entry.What + "\nThời gian thực hiện: " + entry.When + (entry.Unit.Length > 0 ? "\nĐơn vị chủ trì: " + entry.Unit : "");

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    // TEXT values escape backslash, semicolon and comma, and write a line break as \n (RFC 5545 3.3.11).
    private static string Escape(string value) => UnicodeNormalization.ToNfc(value)
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    // A content line longer than 75 octets is folded with CRLF and a space, never inside a
    // character's UTF-8 bytes (RFC 5545 3.1).
    private static void Line(StringBuilder text, string line)
    {
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > 75)
            {
                text.Append("\r\n ");
                octets = 1;
            }
            text.Append(line, i, length);
            octets += size;
            i += length - 1;
        }
        text.Append("\r\n");
    }
}
