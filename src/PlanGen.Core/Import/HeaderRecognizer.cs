using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Import;

/// <summary>
/// The header block and the title as the plan's fields: the bodies' names, "Số: 68/KH-UBND" (or a
/// draft's "Số:      /KH-UBND"), "Lào Cai, ngày 31 tháng 01 năm 2024" (or "ngày    tháng 4 năm 2020")
/// and the type line where the document's outline finds them (<see cref="DocumentOutline"/>, as
/// check reads them), then the title under the type line. What the import adds is its own: the
/// names in sentence case, the place's spelling, warnings and notes at the source's places.
/// </summary>
internal static partial class HeaderRecognizer
{
    [GeneratedRegex(@"^(Thực hiện|Căn cứ)", RegexOptions.CultureInvariant)]
    private static partial Regex BasisStart();

    // A plan's and a report's type lines; the other kinds of the family name theirs (TỜ TRÌNH, THÔNG BÁO, QUYẾT ĐỊNH).
    private static readonly string[] PlanTypes = ["KH", Format.DocumentTypes.Report];

    /// <summary>Reads from the start up to and including the title; leaves the cursor after it.</summary>
    public static RecognizedHeader Read(Recognition r) => Read(r, PlanTypes);

    /// <summary>
    /// Reads from the start up to and including the title under a type line of one of
    /// <paramref name="typeCodes"/>. The header's items are the outline's, as check reads them:
    /// the bodies' names, the number and place-and-date lines (wrapped or broken by a narrow box),
    /// the type line; a header printed again as the blank form is warned and left out; any other
    /// line above the type line is kept unplaced.
    /// </summary>
    public static RecognizedHeader Read(Recognition r, IReadOnlyCollection<string> typeCodes)
    {
        var header = new RecognizedHeader();
        var outline = r.Outline;
        var type = outline.DocumentType is { } typeLine && outline.Kind?.Code is { } code && typeCodes.Contains(code) ? HeaderLinesApart(r, typeLine) : HeaderLinesApart(r, null);
        if (type > 30) type = -1;
        // A page that lost the type line still has its header: up to the number or date line.
        var end = type >= 0 ? type : HeaderEnd(r, outline);
        if (end < 0)
        {
            return header;
        }
        var items = LinesOf(r, outline.HeaderItems);
        var repeated = LinesOf(r, outline.RepeatedHeader);
        for (var i = 0; i < end; i++)
        {
            var line = r.Lines[i];
            if (line.Table is not null) continue;
            if (repeated.Contains(i))
            {
                // A page that prints its header twice, filled in and then as the blank form, keeps the filled-in values.
                var key = NumberLine.Parse(line.Text) is not null ? "number" : PlaceDateLine.Parse(line.Text) is not null ? "date" : "issuer";
                r.Reshaped(line, key, MessageWord.How.RepeatedHeader);
            }
            else if (!items.Contains(i))
            {
                header.Unplaced.Add(line);
            }
        }
        if (outline.NumberRead is { } number)
        {
            header.HasNumberLine = true;
            header.Number = number.Number;
            header.TypeCode = number.TypeCode ?? header.TypeCode;
            header.NumberSaysPlan = number.TypeCode == "KH";
            header.Code = number.IssuerCode;
        }
        if (outline.PlaceDateRead is { } date)
        {
            header.Place = date.Place;
            header.Date = date.Date;
        }
        if (outline.IssuerName is { } issuer)
        {
            header.IssuerName = Named(VietnameseCase.Sentence(issuer), header.Place);
            header.GoverningBody = outline.GoverningLines.Count > 0 ? Named(VietnameseCase.Sentence(OutlineText(outline.GoverningLines)), header.Place) : null;
        }
        if (type < 0)
        {
            r.Index = end;
            if (header.TypeCode is { } numberCode && typeCodes.Contains(numberCode)) ReadSubjectWithoutType(r, header);
            return header;
        }
        r.Index = type + 1;
        ReadTitle(r, header);
        LeaveOutPostTitle(r, header);
        if (outline.TypeSuffix is { Length: > 0 } suffix)
        {
            // "KẾ HOẠCH HÀNH ĐỘNG": the template prints the type alone, so its further words open the title.
            header.Title = header.Title is null ? suffix : suffix + "\n" + header.Title;
            r.Reshaped(r.Lines[type], "title", MessageWord.How.TypeSuffix);
        }
        return header;
    }

    private static string OutlineText(IEnumerable<TextSegment> lines) => string.Join(" ", lines.Select(l => GrammarText.Collapse(l.Text.Replace('\n', ' '))));

    /// <summary>
    /// The header's lines as the outline reads them: a line on which the page printed several boxes
    /// side by side is read as one line for each box (warned), up to the type line; the index of the
    /// type line's line, or -1 without <paramref name="typeLine"/> or when it is not among the lines.
    /// </summary>
    private static int HeaderLinesApart(Recognition r, TextSegment? typeLine)
    {
        var outline = r.Outline;
        for (var i = 0; i < r.Lines.Count && i <= 30; i++)
        {
            var line = r.Lines[i];
            if (line.Table is not null || line.Paragraph is not { } paragraph) continue;
            var boxes = outline.Segments.Where(s => ReferenceEquals(s.Paragraph, paragraph)).ToList();
            if (boxes.Count >= 2 && !paragraph.Text.Contains('\n', StringComparison.Ordinal) && boxes.Any(outline.HeaderItems.Contains))
            {
                r.HeaderLineApart(line, boxes);
                r.Lines.RemoveAt(i);
                r.Lines.InsertRange(i, boxes.Select(b => line with { Text = GrammarText.Collapse(b.Text), Marked = GrammarText.Collapse(b.Text) }));
                line = r.Lines[i];
            }
            var k = i;
            for (; k < r.Lines.Count && ReferenceEquals(r.Lines[k].Paragraph, paragraph); k++)
            {
                if (typeLine is not null && ReferenceEquals(typeLine.Paragraph, paragraph) && Same(r.Lines[k].Text, typeLine.Text)) return k;
            }
            i = k - 1;
        }
        return -1;
    }

    // The lines that hold the outline's segments: a segment over a paragraph's broken lines holds each of them.
    internal static HashSet<int> LinesOf(Recognition r, IReadOnlyList<TextSegment> segments)
    {
        var found = new HashSet<int>();
        for (var i = 0; i < r.Lines.Count; i++)
        {
            var line = r.Lines[i];
            if (line.Table is null && segments.Any(s => ReferenceEquals(s.Paragraph, line.Paragraph) && Same(line.Text, s.Text))) found.Add(i);
        }
        return found;
    }

    // A line and a segment of the same paragraph are the same text when one holds the other.
    private static bool Same(string line, string segment)
    {
        var a = GrammarText.Collapse(line.Replace('\n', ' '));
        var b = GrammarText.Collapse(segment.Replace('\n', ' '));
        return a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    // The line after the outline's number and place-and-date lines (and a blank form printed again) among the first lines; -1 when none.
    private static int HeaderEnd(Recognition r, DocumentOutline outline)
    {
        TextSegment?[] ends = [outline.Number, outline.NumberGoesOn, outline.PlaceDate, .. outline.PlaceDateGoesOn, .. outline.RepeatedHeader];
        var lines = LinesOf(r, [.. ends.OfType<TextSegment>()]).Where(i => i < 16).ToList();
        return lines.Count == 0 ? -1 : lines.Max() + 1;
    }

    /// <summary>
    /// A portal's post of a document without its header (no box, no type line): the lines above the
    /// first basis or heading are the post's; one naming the document's kind ("Kế hoạch Chương
    /// trình …", "Báo cáo ATGT 9 tháng đầu năm 2017") is its title, which gives the document's
    /// subject (warned), the same title again is left out, any other line is kept unplaced. A post
    /// whose body opens with running text has its title as its first line. Leaves the cursor on the
    /// first basis, heading or line of running text.
    /// </summary>
    /// <param name="kind">The kind the post's title names: "Kế hoạch" for a plan, "Báo cáo" for a report.</param>
    public static void ReadPost(Recognition r, RecognizedHeader header, string kind)
    {
        if (header.IssuerName is not null || header.HasNumberLine || header.Date is not null || header.Title is not null) return;
        var first = r.Lines.FindIndex(l => l.Table is not null || BasisStart().IsMatch(l.Text) || NumberingLabel.Parse(l.Text) is not null || DivisionHeading.Parse(l.Text) is not null);
        if (first is <= 0 or > 6) first = r.Lines.Count > 0 && PostSubject(r.Lines[0].Text, kind, true) is not null ? 1 : 0;
        for (var i = 0; i < first; i++)
        {
            var line = r.Lines[i];
            if (header.Title is null && PostSubject(line.Text, kind, i == 0) is { } subject)
            {
                header.Title = subject;
                r.Reshaped(line, "title", MessageWord.How.PostTitleRead);
            }
            else if (header.Title is not null && Squeezed(line.Text) == Squeezed(kind + " " + header.Title))
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

    // The subject a post's title gives after the kind the document is read as; null for a line that is no such title.
    private static string? PostSubject(string text, string kind, bool first) =>
        PostTitle.Read(text, first) is { } post && post.Kind.Name.Equals(kind, StringComparison.OrdinalIgnoreCase) ? post.Subject : null;

    // A portal that posts a plan prints its title above the header too, alone or after the type's name
    // ("KẾ HOẠCH NĂM HỌC 2023-2024" over "KẾ HOẠCH" / "NĂM HỌC: 2023-2024"): that line is the post's, not the plan's.
    private static void LeaveOutPostTitle(Recognition r, RecognizedHeader header)
    {
        if (header.Title is null) return;
        var title = Squeezed(header.Title);
        var typed = r.Outline.DocumentType is { } type ? Words(type.Text + " " + header.Title) : null;
        foreach (var line in header.Unplaced.Where(l => Squeezed(l.Text) == title || Words(l.Text) == typed).ToList())
        {
            header.Unplaced.Remove(line);
            r.Reshaped(line, "title", MessageWord.How.PostTitle);
        }
    }

    // The words of a line in capitals, without the punctuation a post title leaves out ("NĂM HỌC: 2023-2024").
    private static string Words(string text) => string.Join(" ", Squeezed(text).Split(' ').Select(w => new string([.. w.Where(char.IsLetterOrDigit)])).Where(w => w.Length > 0));

    private static string Squeezed(string text) => Text.VietnameseCasing.Upper(GrammarText.Collapse(text.Replace('\n', ' ')));

    // The place as the date line writes it is the surest spelling of the place in a name.
    private static string Named(string name, string? place)
    {
        if (place is null) return name;
        var at = name.LastIndexOf(place, StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? name[..at] + place + name[(at + place.Length)..] : name;
    }

    /// <summary>
    /// A page that lost the type line but whose number names the kind ("Số: 2254/KH-UBND") still
    /// prints the subject in capitals right under the header: up to four such lines, ending at a
    /// basis, a heading or a line in sentence case, are the title (warned at its first line).
    /// </summary>
    private static void ReadSubjectWithoutType(Recognition r, RecognizedHeader header)
    {
        var lines = new List<ImportLine>();
        for (var i = r.Index; i < r.Lines.Count && lines.Count < 4; i++)
        {
            var line = r.Lines[i];
            var text = GrammarText.Collapse(line.Text.Replace('\n', ' '));
            if (line.Table is not null || text.Length is 0 or > 300 || !VietnameseCase.IsUpper(text) || BasisStart().IsMatch(text)
                || NumberingLabel.Parse(text) is not null || DivisionHeading.Parse(text) is not null || HeaderLines.IsNationalPiece(text)
                || Addressees.Parse(text) is not null || text.EndsWith(':'))
            {
                break;
            }
            lines.Add(line);
        }
        if (lines.Count == 0) return;
        header.Title = string.Join("\n", lines.Select(l => GrammarText.Collapse(l.Text)));
        r.Reshaped(lines[0], "title", MessageWord.How.SubjectWithoutType);
        r.Index += lines.Count;
    }

    // The subject under the type line where the outline finds it, its lines as the page breaks them; the cursor after it.
    private static void ReadTitle(Recognition r, RecognizedHeader header)
    {
        var subject = r.Outline.Subject;
        if (subject.Count == 0) return;
        header.Title = string.Join("\n", subject.SelectMany(s => s.Text.Split('\n')).Select(GrammarText.Collapse).Where(l => l.Length > 0));
        var lines = LinesOf(r, subject).Where(i => i >= r.Index).ToList();
        if (lines.Count > 0) r.Index = lines.Max() + 1;
    }

}
