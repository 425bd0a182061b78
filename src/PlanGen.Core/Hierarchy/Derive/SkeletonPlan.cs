using System.Globalization;
using PlanGen.Core.Format;
using PlanGen.Core.Model;
using PlanGen.Core.Text;
using PlanGen.Core.Validation;

namespace PlanGen.Core.Hierarchy.Derive;

/// <summary>
/// The sub-plan skeleton <c>derive</c> writes for a unit: what the parent settles (template,
/// theme, period, the citation by path), the tasks the unit leads as content items and those it
/// supports as a part of their own, defaults that validate and build as they are, and "# TODO:"
/// comments (Vietnamese, then English) where only the unit can supply the words. Written by the
/// one plan writer.
/// </summary>
internal static class SkeletonPlan
{
    public static string Write(Derivation d)
    {
        var comments = new List<YamlComment>
        {
            Todo("number", "số và ngày ban hành khi ký (number: 12, date: 2024-02-20). / Number and date once signed."),
            Todo("purpose", "nêu mục đích, yêu cầu riêng của đơn vị / state the unit's own purpose and requirements"),
            Todo("content.items", "mỗi nội dung: nêu cách làm, phòng chủ trì; hạn không muộn hơn hạn của kế hoạch cấp trên / for each item: how, and which division; no later than the parent's deadline"),
            Todo("archive", "thêm các nơi nhận khác / add the other recipients"),
            Todo("signature.name", "họ tên người ký (name: …); bỏ 'authority' nếu người đứng đầu ký / the signer's name; drop 'authority' when the head signs"),
        };
        if (d.Unit.Code is null)
        {
            comments.Add(Todo("issuer.code", "kiểm tra ký hiệu của đơn vị / check the unit's code; units.yaml has none"));
        }
        for (var i = 0; i < d.Supported.Count; i++)
        {
            comments.Add(new YamlComment($"extra[1].items[{i + 1}]", "Chủ trì / lead: " + string.Join(", ", d.Supported[i].Lead.Select(u => u.Name))));
        }
        return PlanWriter.Write(Plan(d), comments,
        [
            "Kế hoạch của " + d.Unit.Name + " triển khai thực hiện " + d.CitationShort + ".",
            "Khung do `plangen derive` tạo; hoàn thiện các chỗ ghi TODO. / Skeleton written by `plangen derive`; complete each TODO.",
            string.Create(CultureInfo.InvariantCulture, $"Nhiệm vụ chủ trì: {d.Led.Count}; phối hợp: {d.Supported.Count}. / Tasks led: {d.Led.Count}; supported: {d.Supported.Count}."),
        ]);
    }

    private static Plan Plan(Derivation d)
    {
        var parent = d.Parent;
        var child = new Plan
        {
            SourcePath = "",
            TypeCode = "KH",
            UnitsPath = d.UnitsPath,
            Issuer = new Issuer(d.GoverningBody, d.Unit.Name, d.Unit.Code ?? Initials(d.ShortName), parent.Issuer.Place, d.Unit.Level, d.Registered ? d.Unit.Id : null,
                d.ShortName != d.Unit.Name ? d.ShortName : null),
            Title = Title(parent),
            Period = PlanFacts.EffectivePeriod(parent),
            Parent = new ParentReference(d.ParentPath, null),
            Introduction = d.Unit.Name + " xây dựng Kế hoạch triển khai thực hiện như sau:",
            Purpose = Paragraph($"Triển khai kịp thời, đầy đủ các nhiệm vụ {d.ParentIssuerShort} giao cho {d.Unit.Name} tại {d.CitationShort}."),
            Requirements = Paragraph($"Phân công rõ đơn vị chủ trì, thời hạn hoàn thành từng nhiệm vụ; thời hạn không muộn hơn thời hạn của {d.CitationShort}."),
            Content = Section(null, [], [.. d.Led.Select(Item)]),
            Extra = d.Supported.Count == 0 ? [] :
            [
                Section("Các nhiệm vụ phối hợp", ["Phối hợp với các đơn vị chủ trì thực hiện các nhiệm vụ sau:"], [.. d.Supported.Select(Item)]),
            ],
            Organization = Paragraph($"Các phòng, đơn vị thuộc {d.ShortName} căn cứ Kế hoạch này chủ động triển khai thực hiện; định kỳ báo cáo kết quả để {d.ShortName} tổng hợp, báo cáo {d.ParentIssuerShort}."),
            Closing = $"Trên đây là Kế hoạch của {d.ShortName} triển khai thực hiện {d.CitationShort}",
            Recipients = [new Recipient(d.ParentIssuerShort + " (b/c)", d.ParentIssuerUnit)],
            Archive = ["VT"],
            Signature = DefaultSignature.For(d.Unit.Level),
        };
        child = PlanFormat.Inherit(parent, child);
        return child.Template is null ? child with { Template = "ke-hoach-atgt" } : child;
    }

    // A short task reads as a heading; a long one as the item's own paragraph.
    private static Section Item(AssignedTask task)
    {
        var content = task.Task.Content.Trim();
        var isHeading = content.Length <= 120 && !content.TrimEnd('.').Contains(". ", StringComparison.Ordinal);
        return Section(isHeading ? content : null, isHeading ? [] : [content], []) with { Timeline = task.Timeline, ParentTask = task.Id };
    }

    private static Section Paragraph(string text) => Section(null, [text], []);

    private static Section Section(string? title, IReadOnlyList<string> paragraphs, IReadOnlyList<Section> items) =>
        new(title, paragraphs, [], items, null, null, null, []);

    private static YamlComment Todo(string path, string text) => new(path, "TODO: " + text);

    private static string Title(Plan parent)
    {
        var subject = ParentCitation.Subject(parent.Title);
        var year = PlanFacts.EffectivePeriod(parent)?.From.Year;
        var title = "Triển khai thực hiện Kế hoạch " + subject;
        return PlanFacts.TitleYear(title) is null && year is not null ? title + " năm " + year.Value.ToString(CultureInfo.InvariantCulture) : title;
    }

    private static string Initials(string name)
    {
        var letters = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0] == 'đ' || w[0] == 'Đ' ? 'Đ' : char.ToUpperInvariant(Fold(w[0])));
        return new string([.. letters.Where(c => c is (>= 'A' and <= 'Z') or 'Đ')]);
    }

    private static char Fold(char c) => UnicodeNormalization.ToNfd(c.ToString())[0];
}
