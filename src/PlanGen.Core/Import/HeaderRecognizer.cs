using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Import;

/// <summary>
/// The header block and the title: the bodies' names in capitals, "Số: 68/KH-UBND" (or a draft's
/// "Số:      /KH-UBND"), "Lào Cai, ngày 31 tháng 01 năm 2024" (or "ngày    tháng 4 năm 2020"),
/// the national motto (skipped), then the document type line and the title under it. The number
/// and the place-and-date lines are read by the grammar.
/// </summary>
internal static partial class HeaderRecognizer
{
    [GeneratedRegex(@"^(Thực hiện|Căn cứ)", RegexOptions.CultureInvariant)]
    private static partial Regex BasisStart();

    // "số 64/QĐ-BGTVT", "Số 23-CT/TW", "1896/QĐ-TTg": a numbered document cited.
    [GeneratedRegex(@"\bsố\s*:?\s*(\d|$)|\bngày\s+\d|\d+\s*/\s*\p{Lu}|\d+-[\p{Lu}]+/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CitesDocument();

    // A plan's and a report's type lines; the other kinds of the family name theirs (TỜ TRÌNH, THÔNG BÁO, QUYẾT ĐỊNH).
    private static readonly string[] PlanTypes = ["KH", Format.DocumentTypes.Report];

    /// <summary>Reads from the start up to and including the title; leaves the cursor after it.</summary>
    public static RecognizedHeader Read(Recognition r) => Read(r, PlanTypes);

    /// <summary>Reads from the start up to and including the title under a type line of one of <paramref name="typeCodes"/>.</summary>
    public static RecognizedHeader Read(Recognition r, IReadOnlyCollection<string> typeCodes)
    {
        var header = new RecognizedHeader();
        var type = TypeLineAt(r, typeCodes);
        if (type > 30) type = -1;
        // A page that lost the type line still has its header: up to the number or date line.
        var end = type >= 0 ? type : HeaderEnd(r);
        if (end < 0)
        {
            return header;
        }
        var names = new List<string>();
        ImportLine? lastName = null;
        var repeated = false;
        for (var i = 0; i < end; i++)
        {
            var line = r.Lines[i];
            if (line.Table is not null) continue;
            var text = line.Text;
            // "CỘNG" / "HÒA XÃ HỘI …": the national title's first word a narrow box wrapped.
            if (HeaderLines.IsNationalPiece(text) || ((!text.Contains(' ', StringComparison.Ordinal) || text.StartsWith("CỘNG ", StringComparison.Ordinal)) && i + 1 < end && HeaderLines.IsNationalPiece(text + " " + r.Lines[i + 1].Text)))
            {
                continue;
            }
            var number = NumberLine.Parse(text);
            if (number is null && text.TrimEnd(':', ' ') == "Số" && i + 1 < end && r.Lines[i + 1].Table is null)
            {
                // "Số:" and "94/KH-UBND" wrapped apart.
                number = NumberLine.Parse(text + " " + r.Lines[i + 1].Text);
                if (number is not null) i++;
            }
            if (number is null && GrammarText.Collapse(text) == DraftMark)
            {
                // "DỰ THẢO" above the type line marks a draft; it names no body.
                continue;
            }
            // A page that prints its header twice, filled in and then as the blank form ("Số:    /UBND",
            // "ngày   tháng   năm 2017"), keeps the filled-in values; the blank lines are left out.
            if (number is { Value.Number: null } && header.Number is not null)
            {
                repeated = true;
                r.Reshaped(line, "number", MessageWord.How.RepeatedHeader);
            }
            else if (number is not null)
            {
                header.HasNumberLine = true;
                header.Number = number.Value.Number;
                header.TypeCode = number.Value.TypeCode ?? header.TypeCode;
                header.NumberSaysPlan = number.Value.TypeCode == "KH";
                header.Code = number.Value.IssuerCode;
            }
            else if (PlaceDate(r, i) is { } date)
            {
                if (date.Line.Date is not { Day: not null } && header.Date is { Day: not null })
                {
                    repeated = true;
                    r.Reshaped(line, "date", MessageWord.How.RepeatedHeader);
                }
                else
                {
                    header.Place = date.Line.Place;
                    header.Date = date.Line.Date;
                }
                i += date.Lines - 1;
            }
            else if (VietnameseCase.IsUpper(text) && !text.StartsWith("Số", StringComparison.Ordinal))
            {
                if (names.Count > 0 && HeaderNames.GoesOn(names[^1], text, lastName is not null && line.Location.Paragraph > 0 && line.Location == lastName.Location))
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
                header.Unplaced.Add(line);
            }
        }
        // "TRƯỜNG THCS" then "XUÂN QUANG" on lines of their own (a PDF's header box): a line that is
        // the place of the date line ends the name above it, as a school or commune is named for its place.
        for (var i = names.Count - 1; i > 0; i--)
        {
            if (HeaderNames.IsPlace(names[i], header.Place))
            {
                names[i - 1] += " " + names[i];
                names.RemoveAt(i);
            }
        }
        if (repeated)
        {
            // The blank form's names are the filled-in header's again.
            names = [.. names.Distinct(StringComparer.Ordinal)];
        }
        if (names.Count > 0)
        {
            header.IssuerName = Named(VietnameseCase.Sentence(names[^1]), header.Place);
            header.GoverningBody = names.Count > 1 ? Named(VietnameseCase.Sentence(names[^2]), header.Place) : null;
        }
        if (type < 0)
        {
            r.Index = end;
            return header;
        }
        r.Index = type + 1;
        ReadTitle(r, header);
        LeaveOutPostTitle(r, header);
        if (TypeSuffix(r.Lines[type].Text, typeCodes) is { Length: > 0 } suffix)
        {
            // "KẾ HOẠCH HÀNH ĐỘNG": the template prints the type alone, so its further words open the title.
            header.Title = header.Title is null ? suffix : suffix + "\n" + header.Title;
            r.Reshaped(r.Lines[type], "title", MessageWord.How.TypeSuffix);
        }
        return header;
    }

    // The type line where the outline found it; a page whose lines run together, which the import
    // reads apart line by line, is searched for it.
    private static int TypeLineAt(Recognition r, IReadOnlyCollection<string> typeCodes)
    {
        if (r.Outline.DocumentType is { Paragraph.Place: { } place })
        {
            var at = r.Lines.FindIndex(l => l.Table is null && l.Location == place && TypeSuffix(l.Text, typeCodes) is not null);
            if (at >= 0) return at;
        }
        return r.Lines.FindIndex(l => l.Table is null && TypeSuffix(l.Text, typeCodes) is not null);
    }

    // The line after the last number or place-and-date line among the first lines; -1 when none.
    private static int HeaderEnd(Recognition r)
    {
        var end = -1;
        for (var i = 0; i < Math.Min(r.Lines.Count, 16); i++)
        {
            if (r.Lines[i].Table is not null) continue;
            if (NumberLine.Parse(r.Lines[i].Text) is not null) end = i + 1;
            else if (PlaceDate(r, i) is { } date) end = i + date.Lines;
        }
        return end;
    }

    /// <summary>
    /// The words after "KẾ HOẠCH" (or a report's "BÁO CÁO", or the name of another of <paramref name="typeCodes"/>)
    /// on a type line in capitals ("KẾ HOẠCH HÀNH ĐỘNG" → "HÀNH ĐỘNG", "KẾ HOẠCH" → ""), also under
    /// "CHƯƠNG TRÌNH" or "DỰ THẢO"; null for any other line.
    /// </summary>
    private static string? TypeSuffix(string line, IReadOnlyCollection<string> typeCodes)
    {
        // The outline's reading of a type line, for the kinds asked for; a type line in capitals only.
        var text = GrammarText.Collapse(line);
        return VietnameseCase.IsUpper(text) && HeaderLines.TypeLine(text) is ({ Code: { } code }, var suffix) && typeCodes.Contains(code) ? suffix : null;
    }

    private const string DraftMark = HeaderLines.DraftMark;

    /// <summary>
    /// A portal's post of a plan without its header (no box, no type line): the lines above the first
    /// basis or heading are the post's; one "Kế hoạch Chương trình …" is its title, which names the
    /// plan (warned), the same title again is left out, any other line is kept unplaced. Leaves the cursor
    /// on the first basis or heading.
    /// </summary>
    public static void ReadPost(Recognition r, RecognizedHeader header)
    {
        if (header.IssuerName is not null || header.HasNumberLine || header.Date is not null || header.Title is not null) return;
        var first = r.Lines.FindIndex(l => l.Table is not null || BasisStart().IsMatch(l.Text) || NumberingLabel.Parse(l.Text) is not null || DivisionHeading.Parse(l.Text) is not null);
        if (first is <= 0 or > 6) return;
        for (var i = 0; i < first; i++)
        {
            var line = r.Lines[i];
            if (header.Title is null && PostTitle().Match(line.Text) is { Success: true } post)
            {
                header.Title = post.Groups["title"].Value.Trim();
                r.Reshaped(line, "title", MessageWord.How.PostTitleRead);
            }
            else if (header.Title is not null && Squeezed(line.Text) == Squeezed("Kế hoạch " + header.Title))
            {
                r.Reshaped(line, "title", MessageWord.How.PostTitle);
            }
            else
            {
                header.Unplaced.Add(line);
            }
        }
        r.Index = first;
    }

    [GeneratedRegex(@"^Kế hoạch\s+(?<title>\p{Lu}.{10,300})$", RegexOptions.CultureInvariant)]
    private static partial Regex PostTitle();

    // A portal that posts a plan prints its title above the header too: that line is the post's, not the plan's.
    private static void LeaveOutPostTitle(Recognition r, RecognizedHeader header)
    {
        if (header.Title is null) return;
        var title = Squeezed(header.Title);
        foreach (var line in header.Unplaced.Where(l => Squeezed(l.Text) == title).ToList())
        {
            header.Unplaced.Remove(line);
            r.Reshaped(line, "title", MessageWord.How.PostTitle);
        }
    }

    private static string Squeezed(string text) => Text.VietnameseCasing.Upper(GrammarText.Collapse(text.Replace('\n', ' ')));

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
        // A title in capitals goes on over as many lines as it takes (a page wraps it anywhere, even
        // before a date); one in sentence case is a line or a few.
        while (!r.AtEnd)
        {
            var line = r.Current;
            var text = line.Text;
            var capitals = !text.Any(char.IsLower);
            // "Kính gửi:" under a report's subject is its addressee, not the subject's last line.
            // "Thực hiện chương trình giáo dục …" under the type line is the title; a basis cites a numbered document.
            if (line.Table is not null || (BasisStart().IsMatch(text) && (parts.Count > 0 || !text.StartsWith("Thực hiện", StringComparison.Ordinal) || CitesDocument().IsMatch(text) || text.EndsWith(';'))) || Addressees.Parse(text) is not null
                || (parts.Count > 0 && !capitals && VietnameseCase.IsUpper(parts[0]))
                || NumberingLabel.Parse(text)?.Label.Kind == LabelKind.Part || DivisionHeading.Parse(text) is not null
                || text.Length > 600 || text.EndsWith(';') || text.EndsWith(':')
                || (parts.Count > 0 && (!capitals || !VietnameseCase.IsUpper(parts[0])) && (text.EndsWith('.') || parts.Count >= 4)))
            {
                break;
            }
            parts.Add(text);
            r.Index++;
            if (capitals && text.EndsWith('.')) break;
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
        var next = index + 1 < r.Lines.Count && r.Lines[index + 1].Table is null ? r.Lines[index + 1].Text : null;
        // "Lạng" / "Sơn, ngày 25 …": a place a narrow box broke is read with the line it goes on in.
        if (next is not null && !text.Any(char.IsDigit) && !VietnameseCase.IsUpper(text) && text.Split(' ').Length <= 2 && !text.EndsWith(',')
            && PlaceDateLine.Parse(next) is not null && PlaceDateLine.Parse(text + " " + next) is { } broken && IsPlace(broken.Value.Place))
        {
            return (broken.Value, 2);
        }
        if (PlaceDateLine.Parse(text) is { } one && IsPlace(one.Value.Place)) return (one.Value, 1);
        // "Lào Cai," or "Vĩnh Phúc, ngày" then the rest of the date on the next line.
        if (next is not null && PlaceDateLine.Parse(text + " " + next) is { } two && IsPlace(two.Value.Place) && two.Value.Date is not null)
        {
            return (two.Value, 2);
        }
        return null;
    }

    private static bool IsPlace(string place) => HeaderLines.IsPlace(place);
}
