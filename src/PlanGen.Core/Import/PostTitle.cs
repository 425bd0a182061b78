using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Import;

/// <summary>
/// The title a portal gives its copy of a document whose header it left out: a line naming the
/// kind in sentence case, then the document's subject ("Báo cáo ATGT 9 tháng đầu năm 2017",
/// "Kế hoạch Chương trình …"). The one reading of such a title: the kind of a headerless page is
/// known by it, a page that holds no plan is named by it, and the header takes its subject for the
/// document's title.
/// </summary>
/// <param name="Kind">The kind the title names.</param>
/// <param name="Title">The line as the post prints it, on single spaces.</param>
/// <param name="Subject">The words after the kind's name, opening with a capital.</param>
internal sealed record PostTitle(DocumentKind Kind, string Title, string Subject)
{
    // A subject a post names is 10 characters or more ("ATGT năm 2024") and 300 at most: longer is a paragraph.
    private const int ShortestSubject = 10;
    private const int LongestSubject = 300;

    /// <summary>
    /// The post's title <paramref name="line"/> is, or null. The first line of a page may go on in small
    /// letters after the kind ("Báo cáo công tác chỉ đạo …"), whose subject then starts with a capital;
    /// further down (<paramref name="first"/> false) only a line whose subject starts with one is a title,
    /// not a sentence ("Kế hoạch này …"). A line in capitals is a type line, not a post's title.
    /// </summary>
    public static PostTitle? Read(string line, bool first)
    {
        var text = GrammarText.Collapse(line);
        if (VietnameseCase.IsUpper(text) || DocumentKinds.AtStart(text) is not { HasTypeLine: true } kind) return null;
        if (text.Length <= kind.Name.Length || text[kind.Name.Length] != ' ') return null;
        var subject = text[(kind.Name.Length + 1)..];
        if (subject.Length is < ShortestSubject or > LongestSubject) return null;
        if (char.IsUpper(subject[0])) return new PostTitle(kind, text, subject);
        return first && char.IsLetter(subject[0]) ? new PostTitle(kind, text, char.ToUpperInvariant(subject[0]) + subject[1..]) : null;
    }

    /// <summary>The post's title that opens <paramref name="head"/> (its first line that holds text); null when that line is none.</summary>
    public static PostTitle? Of(IEnumerable<string> head) =>
        head.Select(GrammarText.Collapse).FirstOrDefault(t => t.Length > 0) is { } opening ? Read(opening, first: true) : null;
}
