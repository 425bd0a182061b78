using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>
/// The cited document a plan carries out, known by its subject: "Kế hoạch thực hiện Đề án trồng 1 tỷ
/// cây xanh …" carries out the decision that approved "Đề án “Trồng 1 tỷ cây xanh …”", whichever
/// place that decision has among the bases. The title and the introduction are compared with each
/// citation's subject by the pairs of words they share, leaving out the pairs made only of the plan's
/// own name and place and of the words every plan says ("thực hiện", "trên địa bàn", "giai đoạn"),
/// which would make the body's own earlier decisions look like the parent.
/// </summary>
internal static partial class ParentBySubject
{
    // Fewer shared pairs than this is a common phrase, not the same subject.
    private const int Enough = 3;

    private static readonly FrozenSet<string> Common = new[]
    {
        "thực", "hiện", "triển", "khai", "kế", "hoạch", "ban", "hành", "phê", "duyệt", "về", "việc", "của", "và",
        "các", "trên", "địa", "bàn", "giai", "đoạn", "năm", "đến", "tại", "cho", "trong", "theo", "số",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>The one citation whose subject the title and introduction share most with; null when none or several do alike.</summary>
    public static Citation? Find(IReadOnlyList<Citation> citations, RecognizedHeader header, string? introduction)
    {
        var own = Words(header.IssuerName + " " + header.Place).ToHashSet(StringComparer.Ordinal);
        var plan = Pairs(Words(header.Title + " " + introduction), own);
        if (plan.Count == 0) return null;
        // A subject the title repeats for the most part, not one that shares a phrase with it ("thiên tai và tìm kiếm cứu nạn").
        var scored = citations.Select(c => Pairs(Words(c.Subject ?? c.Text), own) is var pairs && pairs.Count(plan.Contains) is var shared
            && shared >= Enough && shared * 2 >= pairs.Count ? (Citation: c, Shared: shared) : (Citation: c, Shared: 0)).ToList();
        var best = scored.Count == 0 ? 0 : scored.Max(s => s.Shared);
        if (best == 0) return null;
        var top = scored.Where(s => s.Shared == best).ToList();
        return top.Count == 1 ? top[0].Citation : null;
    }

    private static List<string> Words(string? text) =>
        [.. Word().Matches((text ?? "").Normalize().ToLower(CultureInfo.GetCultureInfo("vi"))).Select(m => m.Value)];

    private static HashSet<string> Pairs(List<string> words, HashSet<string> own)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < words.Count; i++)
        {
            if (Plain(words[i - 1], own) && Plain(words[i], own)) continue;
            pairs.Add(words[i - 1] + " " + words[i]);
        }
        return pairs;
    }

    private static bool Plain(string word, HashSet<string> own) => Common.Contains(word) || own.Contains(word);
}
