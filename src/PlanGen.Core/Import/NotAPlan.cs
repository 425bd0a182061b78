using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Import;

/// <summary>
/// What a document that holds no plan is, as PG6002 names it: the kind its type line prints (a
/// CHỈ THỊ, a NGHỊ QUYẾT), a công văn by its "V/v …" line, a letter by its "Kính gửi …" line, a
/// form by its title in capitals under the motto (a TỜ KHAI), or nothing recognisable.
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
        if (FormTitle(head) is { } form) return MessageWord.NotAPlan.Kind.With(form);
        return PostTitle.Of(head) is { } post ? MessageWord.NotAPlan.Posted.With(post.Kind.Heading, Excerpt(post.Title)) : MessageWord.NotAPlan.Unknown;
    }

    // A form's title in capitals under the national motto: "TỜ KHAI", "ĐƠN ĐỀ NGHỊ", "GIẤY XÁC NHẬN".
    private static string? FormTitle(List<string> head)
    {
        var motto = head.FindIndex(t => t.Contains("Độc lập", StringComparison.OrdinalIgnoreCase) || t.Contains("Hạnh phúc", StringComparison.OrdinalIgnoreCase));
        if (motto < 0) return null;
        foreach (var text in head.Skip(motto + 1))
        {
            var words = GrammarText.Collapse(text).Split(' ');
            if (VietnameseCase.IsUpper(text) && words.Length is >= 2 and <= 6 && !text.Contains("CỘNG", StringComparison.Ordinal) && NumberLine.Parse(text) is null) return GrammarText.Collapse(text);
        }
        return null;
    }

    private static string Excerpt(string text) => text.Length > 80 ? text[..77].TrimEnd() + "…" : text;
}
