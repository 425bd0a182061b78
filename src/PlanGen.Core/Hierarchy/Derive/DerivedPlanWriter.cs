using PlanGen.Core.Text;
using System.Globalization;
using System.Text;
using PlanGen.Core.Model;
using PlanGen.Core.Validation;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Hierarchy.Derive;

/// <summary>
/// Writes a derived sub-plan as YAML a clerk can read and finish: keys in the order of the printed
/// plan, "# TODO:" comments (Vietnamese, then English) where only the unit can supply the words,
/// and defaults that validate and build as they are.
/// </summary>
internal static class DerivedPlanWriter
{
    public static string Write(Derivation d)
    {
        var parent = d.Parent;
        var y = new StringBuilder();
        y.Append("# ").Append(YamlEmitter.Comment("Kế hoạch của " + d.Unit.Name + " triển khai thực hiện " + d.CitationShort + ".")).Append('\n');
        y.Append("# Khung do `plangen derive` tạo; hoàn thiện các chỗ ghi TODO. / Skeleton written by `plangen derive`; complete each TODO.\n");
        y.Append(CultureInfo.InvariantCulture, $"# Nhiệm vụ chủ trì: {d.Led.Count}; phối hợp: {d.Supported.Count}. / Tasks led: {d.Led.Count}; supported: {d.Supported.Count}.\n");
        Line(y, 0, "template", parent.Template ?? "ke-hoach-atgt");
        Line(y, 0, "type", "KH");
        if (d.UnitsPath is not null)
        {
            Line(y, 0, "units", d.UnitsPath);
        }
        y.Append('\n');
        WriteIssuer(y, d);
        y.Append('\n');
        y.Append("# TODO: số và ngày ban hành khi ký (number: 12, date: 2024-02-20). / Number and date once signed.\n");
        Line(y, 0, "title", Title(parent));
        if (parent.Theme is { } theme)
        {
            Line(y, 0, "theme", theme);
        }
        WritePeriod(y, PlanFacts.EffectivePeriod(parent));
        Line(y, 0, "parent", d.ParentPath);
        Line(y, 0, "introduction", d.Unit.Name + " xây dựng Kế hoạch triển khai thực hiện như sau:");
        y.Append('\n');
        Todo(y, 0, "nêu mục đích, yêu cầu riêng của đơn vị", "state the unit's own purpose and requirements");
        Paragraph(y, "purpose", $"Triển khai kịp thời, đầy đủ các nhiệm vụ {d.ParentIssuerShort} giao cho {d.Unit.Name} tại {d.CitationShort}.");
        Paragraph(y, "requirements", $"Phân công rõ đơn vị chủ trì, thời hạn hoàn thành từng nhiệm vụ; thời hạn không muộn hơn thời hạn của {d.CitationShort}.");
        y.Append('\n');
        y.Append("content:\n  items:\n");
        Todo(y, 4, "mỗi nội dung: nêu cách làm, phòng chủ trì; hạn không muộn hơn hạn của kế hoạch cấp trên", "for each item: how, and which division; no later than the parent's deadline");
        foreach (var task in d.Led)
        {
            Item(y, task, null, 4);
        }
        if (d.Supported.Count > 0)
        {
            y.Append("\nextra:\n  - title: Các nhiệm vụ phối hợp\n");
            Line(y, 4, "text", "Phối hợp với các đơn vị chủ trì thực hiện các nhiệm vụ sau:");
            y.Append("    items:\n");
            foreach (var task in d.Supported)
            {
                Item(y, task, string.Join(", ", task.Lead.Select(u => u.Name)), 6);
            }
        }
        y.Append('\n');
        Paragraph(y, "organization", $"Các phòng, đơn vị thuộc {d.ShortName} căn cứ Kế hoạch này chủ động triển khai thực hiện; định kỳ báo cáo kết quả để {d.ShortName} tổng hợp, báo cáo {d.ParentIssuerShort}.");
        Line(y, 0, "closing", $"Trên đây là Kế hoạch của {d.ShortName} triển khai thực hiện {d.CitationShort}");
        y.Append('\n');
        WriteRecipients(y, d);
        WriteSignature(y, d.Unit.Level);
        return UnicodeNormalization.ToNfc(y.ToString());
    }

    private static void WriteIssuer(StringBuilder y, Derivation d)
    {
        y.Append("issuer:\n");
        if (d.GoverningBody is not null)
        {
            Line(y, 2, "governing_body", d.GoverningBody);
        }
        Line(y, 2, "name", d.Unit.Name);
        if (d.ShortName != d.Unit.Name)
        {
            Line(y, 2, "short_name", d.ShortName);
        }
        if (d.Unit.Code is { } code)
        {
            Line(y, 2, "code", code);
        }
        else
        {
            Line(y, 2, "code", Initials(d.ShortName));
            Todo(y, 2, "kiểm tra ký hiệu của đơn vị", "check the unit's code; units.yaml has none");
        }
        Line(y, 2, "place", d.Parent.Issuer.Place);
        Line(y, 2, "level", d.Unit.Level.ToString().ToLowerInvariant());
        Line(y, 2, "unit", d.Unit.Id);
    }

    private static void WritePeriod(StringBuilder y, Period? period)
    {
        if (period is null)
        {
            return;
        }
        if (period.From == new DateOnly(period.From.Year, 1, 1) && period.To == new DateOnly(period.From.Year, 12, 31))
        {
            y.Append("period: ").Append(period.From.Year.ToString(CultureInfo.InvariantCulture)).Append('\n');
            return;
        }
        y.Append("period:\n");
        y.Append("  from: ").Append(period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        y.Append("  to: ").Append(period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
    }

    private static void Item(StringBuilder y, AssignedTask task, string? lead, int indent)
    {
        var content = task.Task.Content.Trim();
        // A short task reads as a heading; a long one as the item's own paragraph.
        var key = content.Length <= 120 && !content.TrimEnd('.').Contains(". ", StringComparison.Ordinal) ? "title" : "text";
        if (lead is not null)
        {
            y.Append(' ', indent).Append("# Chủ trì / lead: ").Append(YamlEmitter.Comment(lead)).Append('\n');
        }
        y.Append(' ', indent).Append("- ").Append(key).Append(": ").Append(YamlScalar.Of(content)).Append('\n');
        if (task.Timeline is { } timeline)
        {
            Line(y, indent + 2, "timeline", timeline.Text);
        }
        Line(y, indent + 2, "parent_task", task.Id);
    }

    private static void WriteRecipients(StringBuilder y, Derivation d)
    {
        y.Append("recipients:\n");
        y.Append("  - text: ").Append(YamlScalar.Of(d.ParentIssuerShort + " (b/c)")).Append('\n');
        if (d.ParentIssuerUnit is not null)
        {
            Line(y, 4, "unit", d.ParentIssuerUnit);
        }
        Todo(y, 2, "thêm các nơi nhận khác", "add the other recipients");
        y.Append("archive: [VT]\n\n");
    }

    private static void WriteSignature(StringBuilder y, UnitLevel level)
    {
        y.Append("signature:\n");
        if (level is UnitLevel.District or UnitLevel.Commune or UnitLevel.Province)
        {
            y.Append("  authority: [TM, KT]\n  body: Ủy ban nhân dân\n  head: Chủ tịch\n  office: Phó Chủ tịch\n");
        }
        else
        {
            y.Append("  authority: KT\n  head: Giám đốc\n  office: Phó Giám đốc\n");
        }
        Todo(y, 2, "họ tên người ký (name: …); bỏ 'authority' nếu người đứng đầu ký", "the signer's name; drop 'authority' when the head signs");
    }

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

    private static void Paragraph(StringBuilder y, string key, string text) =>
        y.Append(key).Append(":\n  text:\n    - ").Append(YamlScalar.Of(text)).Append('\n');

    private static void Line(StringBuilder y, int indent, string key, string value) =>
        y.Append(' ', indent).Append(key).Append(": ").Append(YamlScalar.Of(value)).Append('\n');

    private static void Todo(StringBuilder y, int indent, string vietnamese, string english) =>
        y.Append(' ', indent).Append("# TODO: ").Append(vietnamese).Append(" / ").Append(english).Append('\n');
}
