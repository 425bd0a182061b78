using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Import;

/// <summary>
/// What a document that holds no plan is, as PG6002 names it: the kind its type line prints (a
/// QUYẾT ĐỊNH, a THÔNG BÁO, a BÁO CÁO), a công văn by its "V/v …" line, a letter by its "Kính
/// gửi …" line, or nothing recognisable.
/// </summary>
internal static class NotAPlan
{
    // The type line and the V/v line stand in the first lines, under the header.
    private const int HeaderLines = 30;

    /// <summary>The message argument that says what the document is instead.</summary>
    public static string What(IReadOnlyList<ImportLine> lines)
    {
        var head = lines.Where(l => l.Table is null).Take(HeaderLines).Select(l => l.Text).ToList();
        foreach (var text in head)
        {
            if (VietnameseCase.IsUpper(text) && DocumentKinds.ByHeading(text) is { } kind) return MessageWord.NotAPlan.Kind.With(kind.Heading);
        }
        foreach (var text in head)
        {
            if (SubjectLine.Parse(text) is { } subject) return MessageWord.NotAPlan.Letter.With(Excerpt(subject.Format()));
        }
        foreach (var text in head)
        {
            if (Addressees.Parse(text) is { Names.Count: > 0 } to) return MessageWord.NotAPlan.Addressed.With(Excerpt(string.Join(", ", to.Names)));
        }
        return MessageWord.NotAPlan.Unknown;
    }

    private static string Excerpt(string text) => text.Length > 80 ? text[..77].TrimEnd() + "…" : text;
}
