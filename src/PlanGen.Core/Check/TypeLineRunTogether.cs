using PlanGen.Core.Document;
using PlanGen.Core.Recognition;

namespace PlanGen.Core.Check;

/// <summary>
/// A type line typed on one line with the subject ("KẾ HOẠCH Bảo đảm an toàn giao thông năm
/// 2024"), as a document converted from Markdown or typed in haste has it: the type line is
/// there, run together with the subject, and the clerk mends it with one line break.
/// </summary>
internal static class TypeLineRunTogether
{
    // The type line stands at the head of the document, under the header when there is one.
    private const int Reach = 12;

    /// <summary>The paragraph whose text opens with a type line in capitals followed by the subject, and that type line; null when there is none.</summary>
    public static (Paragraph Paragraph, string Type)? Find(DocumentOutline outline)
    {
        foreach (var paragraph in outline.Paragraphs.Select(p => p.Paragraph).Where(p => p.Text.Trim().Length > 0).Take(Reach))
        {
            var words = paragraph.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var upper = words.TakeWhile(HeaderLines.IsUpper).Count();
            if (upper == 0 || upper == words.Length || !words[upper].Any(char.IsLetter)) continue;
            var type = string.Join(' ', words.Take(upper));
            if (HeaderLines.TypeLine(type) is not null) return (paragraph, type);
        }
        return null;
    }
}
