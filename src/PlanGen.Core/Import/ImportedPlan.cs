using PlanGen.Core.Format;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>What the recognizer made of a document: the plan, and the notes on what it guessed.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Notes">Comments for the YAML, by key.</param>
/// <param name="Source">The document's path, named in the YAML's first comment.</param>
public sealed record ImportedPlan(Plan Plan, IReadOnlyList<ImportNote> Notes, string Source)
{
    /// <summary>
    /// The plan as YAML, by the one plan writer: where it came from at the top, each note above the
    /// key it is about, and a word where a draft has no number.
    /// </summary>
    public string ToYaml()
    {
        var comments = Notes.Select(n => new YamlComment(n.Key, n.Text)).ToList();
        if (Plan.Number is null)
        {
            comments.Add(new YamlComment("number", "number: không có số (dự thảo) / no number (a draft)"));
        }
        return PlanWriter.Write(Plan, comments,
        [
            "Nhập bằng `plangen import` từ / imported by `plangen import` from " + Path.GetFileName(Source),
            "Kiểm tra các chỗ có chú thích rồi chạy `plangen validate`. / Check the commented places, then run `plangen validate`.",
        ]);
    }
}
