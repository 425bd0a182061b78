using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Check;

/// <summary>Every run of text is in the decree's font; one finding per other font, at its first paragraph.</summary>
internal sealed class FontRule : ICheckRule
{
    public void Check(DocumentCheckContext context)
    {
        var found = new Dictionary<string, (Paragraph First, int Count)>(StringComparer.Ordinal);
        var paragraphs = context.Outline.Paragraphs.Select(p => p.Paragraph)
            .Concat(context.Document.Pages.SelectMany(s => s.FirstPageHeader.Concat(s.DefaultHeader)).Distinct());
        foreach (var paragraph in paragraphs)
        {
            var formats = paragraph.Format?.Runs ?? [];
            var fonts = formats.Where((f, i) => i < paragraph.Runs.Count && paragraph.Runs[i].Text.Trim().Length > 0)
                .Select(f => f.Font ?? "").Where(f => !string.Equals(f, context.Ranges.Font, StringComparison.OrdinalIgnoreCase)).Distinct();
            foreach (var font in fonts)
            {
                found[font] = found.TryGetValue(font, out var seen) ? (seen.First, seen.Count + 1) : (paragraph, 1);
            }
        }

        foreach (var (name, (first, count)) in found)
        {
            // A run with no font of its own shows in whatever the reader's Word falls back to.
            var font = name.Length == 0 ? MessageWord.Layout.NoFont : name;
            if (DocumentCheckContext.NumberOf(first) > 0 && context.Outline.Paragraphs.Any(p => p.Paragraph == first))
            {
                context.At(first, DiagnosticCode.CheckFont, font, count.ToString(CultureInfo.InvariantCulture), DocumentCheckContext.FirstWords(first.Text), context.Ranges.Font);
            }
            else
            {
                context.AtPlace("header", DiagnosticCode.CheckFont, font, count.ToString(CultureInfo.InvariantCulture), DocumentCheckContext.FirstWords(first.Text), context.Ranges.Font);
            }
        }
    }
}
