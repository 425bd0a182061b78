using PlanGen.Core.Format;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>What the recognizer made of a document: the plan, and the notes on what it guessed.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Notes">Comments for the YAML, by key.</param>
/// <param name="Source">The document's path, named in the YAML's first comment.</param>
public sealed record ImportedPlan(Plan Plan, IReadOnlyList<ImportNote> Notes, string Source)
{
    /// <summary>True for a plan a decision carries: it has no number of its own, being issued with the decision.</summary>
    public bool IssuedWithDecision { get; init; }

    /// <summary>
    /// The plan as YAML, by the one plan writer: where it came from at the top, each note above the
    /// key it is about, and a word where a draft has no number.
    /// </summary>
    public string ToYaml() => PlanWriter.Write(Plan, IssuedWithDecision ? [.. Comments(Notes, false), IssuedComment] : Comments(Notes, Plan.Number is null), Heading(Source));

    private static readonly YamlComment IssuedComment = new("number", "number: không có số riêng, ban hành kèm theo quyết định / no number of its own: issued with the decision");

    /// <summary>The notes as comments above their keys, and a word where a draft has no number.</summary>
    internal static List<YamlComment> Comments(IEnumerable<ImportNote> notes, bool draft)
    {
        var comments = notes.Select(n => new YamlComment(n.Key, n.Text)).ToList();
        if (draft)
        {
            comments.Add(new YamlComment("number", "number: không có số (dự thảo) / no number (a draft)"));
        }
        return comments;
    }

    /// <summary>The comment lines at the top of an imported file: where it came from and what to do next.</summary>
    internal static string[] Heading(string source) =>
    [
        "Nhập bằng `plangen import` từ / imported by `plangen import` from " + Path.GetFileName(source),
        "Kiểm tra các chỗ có chú thích rồi chạy `plangen validate`. / Check the commented places, then run `plangen validate`.",
    ];
}
