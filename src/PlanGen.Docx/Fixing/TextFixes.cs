using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanGen.Core.Check;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Recognition;
using ReadParagraph = PlanGen.Core.Document.Paragraph;
using TextAlignment = PlanGen.Core.Document.TextAlignment;

namespace PlanGen.Docx.Fixing;

/// <summary>Direct formatting that brings a paragraph inside the decree's ranges; the text is kept.</summary>
internal static class TextFixes
{
    public static void Body(Paragraph paragraph, ReadParagraph source, CheckRanges ranges)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        if (source.Text.Length >= 80) properties.Justification = new Justification { Val = JustificationValues.Both };
        var format = source.Format;
        var indentCm = ((format?.LeftIndentMm ?? 0) + (format?.FirstLineIndentMm ?? 0)) / 10;
        if (format?.Alignment is TextAlignment.Justify or TextAlignment.Left or null && !ranges["FirstLineIndentCm"].Allows(indentCm, 0.03))
        {
            properties.Indentation = new Indentation { Left = "0", FirstLine = Twips(ranges["FirstLineIndentCm"].Max * 10).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        var spacing = (format?.SpaceBeforePt ?? 0) + (format?.SpaceAfterPt ?? 0);
        var lines = format?.LineSpacing;
        if (!ranges["SpaceAfterPt"].Allows(spacing, 0.05) || (lines is { } l && !ranges["LineSpacing"].Allows(l, 0.01)) || format?.LineSpacingPt is not null)
        {
            var after = Math.Max(spacing, ranges["SpaceAfterPt"].Min);
            var multiple = Math.Clamp(lines ?? 1, ranges["LineSpacing"].Min, ranges["LineSpacing"].Max);
            properties.SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = "0",
                After = ((int)Math.Round(after * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Line = ((int)Math.Round(multiple * 240)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                LineRule = LineSpacingRuleValues.Auto,
            };
        }

        var size = ranges["BodySizePt"];
        foreach (var run in paragraph.Descendants<Run>())
        {
            var runSize = source.Format is { Runs.Count: > 0 } known ? known.Runs[0].SizePt ?? 10 : 10;
            var current = run.RunProperties?.FontSize?.Val?.Value is { } half && double.TryParse(half, System.Globalization.CultureInfo.InvariantCulture, out var h) ? h / 2 : runSize;
            if (!size.Allows(current, 0.01)) SetSize(run, Math.Clamp(current, size.Min, size.Max));
        }
    }

    /// <summary>Size and emphasis of a header or closing item.</summary>
    public static void Item(Func<ReadParagraph, Paragraph?> at, TextSegment? segment, LayoutRange size, bool? bold, bool? italic)
    {
        if (segment is null || at(segment.Paragraph) is not { } paragraph) return;
        var current = segment.Sizes.FirstOrDefault(s => !size.Allows(s, 0.01));
        foreach (var run in paragraph.Descendants<Run>().Where(r => Contains(segment.Text, r.InnerText)))
        {
            var properties = run.RunProperties ??= new RunProperties();
            if (current > 0) SetSize(run, Math.Clamp(current, size.Min, size.Max));
            if (bold is { } b) properties.Bold = new Bold { Val = OnOffValue.FromBoolean(b) };
            if (italic is { } i) properties.Italic = new Italic { Val = OnOffValue.FromBoolean(i) };
        }
    }

    /// <summary>
    /// A number or place-and-date line that departs from the decree's form only in what needs no
    /// judgement (a leading zero, spaces, the colon, the comma, a dash) is written back in that
    /// form: "Số: 5 /KH-UBND" → "Số: 05/KH-UBND", "Lào Cai ngày 5 tháng 2 năm 2024" → "Lào Cai,
    /// ngày 05 tháng 02 năm 2024". The runs keep their formatting.
    /// </summary>
    public static void NumberOrDateLine(Paragraph paragraph, string text)
    {
        var fixedText = InDecreeForm(text);
        if (fixedText == text) return;
        var texts = paragraph.Descendants<Text>().ToList();
        var joined = string.Concat(texts.Select(t => t.Text));
        var at = joined.IndexOf(text, StringComparison.Ordinal);
        if (at < 0 || texts.Count == 0) return;
        // The segment may share the paragraph with a tab-separated neighbour: replace it in place.
        var whole = joined[..at] + fixedText + joined[(at + text.Length)..];
        texts[0].Text = whole;
        texts[0].Space = SpaceProcessingModeValues.Preserve;
        foreach (var rest in texts.Skip(1)) rest.Remove();
    }

    // What the grammar read, written back in the decree's form, unless the line holds what needs a person:
    // text after the symbol, no place, a day the calendar does not have.
    private static string InDecreeForm(string text)
    {
        if (NumberLine.Parse(text) is { } number)
        {
            return number.Deviations is NumberLineDeviations.None || number.Deviations.HasFlag(NumberLineDeviations.Form) ? text : number.Value.Format();
        }
        if (PlaceDateLine.Parse(text) is { } date)
        {
            const PlaceDateDeviations needsAPerson = PlaceDateDeviations.Form | PlaceDateDeviations.NoSuchDate;
            return date.Deviations is PlaceDateDeviations.None || (date.Deviations & needsAPerson) != 0 ? text : date.Value.Format();
        }
        return text;
    }

    private static bool Contains(string segment, string run) => run.Trim().Length > 0 && segment.Contains(run.Trim(), StringComparison.Ordinal);

    private static void SetSize(Run run, double points)
    {
        var properties = run.RunProperties ??= new RunProperties();
        var half = ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        properties.FontSize = new FontSize { Val = half };
        properties.FontSizeComplexScript = new FontSizeComplexScript { Val = half };
    }

    private static int Twips(double mm) => (int)Math.Round(mm / 25.4 * 1440);
}
