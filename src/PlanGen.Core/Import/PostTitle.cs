using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Import;

/// <summary>
/// The title a portal gives its copy of a document whose header it left out: the first line,
/// naming the kind in sentence case ("Báo cáo ATGT 9 tháng đầu năm 2017", "Kế hoạch triển khai …").
/// </summary>
internal sealed record PostTitle(DocumentKind Kind, string Title)
{
    /// <summary>The post's title among the first lines <paramref name="head"/>; null when the first line is none.</summary>
    public static PostTitle? Of(IEnumerable<string> head)
    {
        var first = head.Select(GrammarText.Collapse).FirstOrDefault(t => t.Length > 0);
        return first is not null && !VietnameseCase.IsUpper(first) && DocumentKinds.AtStart(first) is { HasTypeLine: true } kind && first.Length > kind.Name.Length
            ? new PostTitle(kind, first)
            : null;
    }
}
