using System.Text.RegularExpressions;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Import;

/// <summary>
/// The header block and the title: the bodies' names in capitals, "Số: 68/KH-UBND" (or a draft's
/// "Số:      /KH-UBND"), "Lào Cai, ngày 31 tháng 01 năm 2024" (or "ngày    tháng 4 năm 2020"),
/// the national motto (skipped), then the document type line and the title under it. The number
/// and the place-and-date lines are read by the grammar.
/// </summary>
internal static partial class HeaderRecognizer
{
    [GeneratedRegex(@"^(KẾ HOẠCH|CHƯƠNG TRÌNH KẾ HOẠCH)$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*-\s*Tự do", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Motto();

    [GeneratedRegex(@"^(Thực hiện|Căn cứ)", RegexOptions.CultureInvariant)]
    private static partial Regex BasisStart();

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
        for (var i = 0; i < type; i++)
        {
            var line = r.Lines[i];
            if (line.Table is not null) continue;
            var text = line.Text;
            if (Motto().IsMatch(text)) continue;
            if (NumberLine.Parse(text) is { } number)
            {
                header.HasNumberLine = true;
                header.Number = number.Value.Number;
                header.TypeCode = number.Value.TypeCode ?? header.TypeCode;
                header.Code = number.Value.IssuerCode;
            }
            else if (PlaceDate(r, i) is { } date)
            {
                header.Place = date.Line.Place;
                header.Date = date.Line.Date;
                i += date.Lines - 1;
            }
            else if (VietnameseCase.IsUpper(text) && !text.StartsWith("Số", StringComparison.Ordinal))
            {
                // "TỈNH LÀO CAI" under "ỦY BAN NHÂN DÂN" finishes the name above it.
                if (names.Count > 0 && PlaceStarts.Any(p => text.StartsWith(p, StringComparison.Ordinal)))
                {
                    names[^1] += " " + text;
                }
                else
                {
                    names.Add(text);
                }
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
            if (line.Table is not null || BasisStart().IsMatch(text) || NumberingLabel.Parse(text)?.Label.Kind == LabelKind.Part || text.Length > 250 || text.EndsWith(';') || text.EndsWith(':')
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

    /// <summary>
    /// The place-and-date line at <paramref name="index"/>, or the line broken after its place
    /// ("Lào Cai," then "ngày 31 tháng 01 năm 2024"), with the number of lines it takes; null when
    /// neither is one. A place is a name of 2 to 60 letters, with no figures.
    /// </summary>
    private static (PlaceDateLine Line, int Lines)? PlaceDate(Recognition r, int index)
    {
        var text = r.Lines[index].Text;
        if (PlaceDateLine.Parse(text) is { } one && IsPlace(one.Value.Place)) return (one.Value, 1);
        if (index + 1 < r.Lines.Count && r.Lines[index + 1].Table is null && text.TrimEnd().EndsWith(',')
            && PlaceDateLine.Parse(text + " " + r.Lines[index + 1].Text) is { } two && IsPlace(two.Value.Place))
        {
            return (two.Value, 2);
        }
        return null;
    }

    private static bool IsPlace(string place) => place.Length is >= 2 and <= 60 && !place.Any(c => char.IsDigit(c) || c == ',');
}
