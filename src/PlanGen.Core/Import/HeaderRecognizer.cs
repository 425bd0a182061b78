using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>
/// The header block and the title: the bodies' names in capitals, "Số: 68/KH-UBND" (or a draft's
/// "Số:      /KH-UBND"), "Lào Cai, ngày 31 tháng 01 năm 2024" (or "ngày    tháng 4 năm 2020"),
/// the national motto (skipped), then the document type line and the title under it.
/// </summary>
internal static partial class HeaderRecognizer
{
    [GeneratedRegex(@"^Số\s*:?\s*(?<n>\d+)?\s*/\s*(?<type>[A-ZĐ]+)\s*-\s*(?<code>[\p{Lu}\d]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<place>[^,\d]{2,60}),\s*ngày\s*(?<d>\d{1,2})?\s*tháng\s*(?<m>\d{1,2})?\s*năm\s*(?<y>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(KẾ HOẠCH|CHƯƠNG TRÌNH KẾ HOẠCH)$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*-\s*Tự do", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Motto();

    [GeneratedRegex(@"^(Thực hiện|Căn cứ|[IVX]+\.\s)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyStart();

    private static readonly string[] PlaceStarts = ["TỈNH ", "THÀNH PHỐ ", "HUYỆN ", "QUẬN ", "THỊ XÃ ", "XÃ ", "PHƯỜNG ", "THỊ TRẤN "];

    /// <summary>Reads from the start up to and including the title; leaves the cursor after it.</summary>
    public static RecognizedHeader Read(Recognition r)
    {
        var header = new RecognizedHeader();
        var type = r.Lines.FindIndex(l => l.Table is null && TypeLine().IsMatch(Text.VietnameseCasing.Upper(l.Text).Trim()) && VietnameseCase.IsUpper(l.Text));
        if (type < 0 || type > 30)
        {
            return header;
        }
        var names = new List<string>();
        ImportLine? lastName = null;
        for (var i = 0; i < type; i++)
        {
            var line = r.Lines[i];
            if (line.Table is not null) continue;
            var text = line.Text;
            if (Motto().IsMatch(text)) continue;
            if (NumberLine().Match(text) is { Success: true } number)
            {
                header.HasNumberLine = true;
                header.Number = number.Groups["n"].Success ? int.Parse(number.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
                header.TypeCode = number.Groups["type"].Value;
                header.Code = number.Groups["code"].Value;
            }
            else if (DateLine().Match(text) is { Success: true } date)
            {
                header.Place = date.Groups["place"].Value.Trim();
                header.Date = DateOf(date);
            }
            else if (VietnameseCase.IsUpper(text) && !text.StartsWith("Số", StringComparison.Ordinal))
            {
                if (lastName is not null && Continues(lastName, line))
                {
                    names[^1] += " " + text;
                }
                else
                {
                    names.Add(text);
                }
                lastName = line;
            }
            else
            {
                r.Unplaced(line, "title");
            }
        }
        if (names.Count > 0)
        {
            header.IssuerName = Named(VietnameseCase.Sentence(names[^1]), header.Place);
            header.GoverningBody = names.Count > 1 ? Named(VietnameseCase.Sentence(names[^2]), header.Place) : null;
        }
        r.Index = type + 1;
        ReadTitle(r, header);
        return header;
    }

    /// <summary>
    /// True when a line in capitals finishes the name above it rather than naming another body:
    /// a line of the same paragraph (a line break inside the name), "TỈNH LÀO CAI" under "ỦY BAN
    /// NHÂN DÂN", "VÀ TRUYỀN THÔNG" under "SỞ THÔNG TIN", or what follows a comma or a dash.
    /// </summary>
    private static bool Continues(ImportLine above, ImportLine line) =>
        (line.Location.Paragraph > 0 && line.Location == above.Location)
        || PlaceStarts.Any(p => line.Text.StartsWith(p, StringComparison.Ordinal))
        || line.Text.StartsWith("VÀ ", StringComparison.Ordinal)
        || above.Text.EndsWith(',') || above.Text.EndsWith('-') || above.Text.EndsWith('–');

    // The place as the date line writes it is the surest spelling of the place in a name.
    private static string Named(string name, string? place)
    {
        if (place is null) return name;
        var at = name.LastIndexOf(place, StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? name[..at] + place + name[(at + place.Length)..] : name;
    }

    private static void ReadTitle(Recognition r, RecognizedHeader header)
    {
        var parts = new List<string>();
        while (!r.AtEnd && parts.Count < 4)
        {
            var line = r.Current;
            var text = line.Text;
            if (line.Table is not null || BodyStart().IsMatch(text) || text.Length > 250 || text.EndsWith(';') || text.EndsWith(':')
                || (parts.Count > 0 && text.EndsWith('.')))
            {
                break;
            }
            parts.Add(text);
            r.Index++;
        }
        if (parts.Count > 0)
        {
            header.Title = string.Join("\n", parts);
        }
    }

    /// <summary>A date with the parts the line gives; null when the day is impossible.</summary>
    internal static VnDate? DateOf(Match date)
    {
        var year = int.Parse(date.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? month = date.Groups["m"].Success ? int.Parse(date.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
        int? day = date.Groups["d"].Success && month is not null ? int.Parse(date.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (month is < 1 or > 12) return null;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))) return null;
        return new VnDate(year, month, day);
    }
}
