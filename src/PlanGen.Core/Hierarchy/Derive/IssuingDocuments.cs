using PlanGen.Core.Diagnostics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Format;
using PlanGen.Core.Model;

namespace PlanGen.Core.Hierarchy.Derive;

/// <summary>
/// <c>plangen init --type quyet-dinh|cong-van --for PLAN.yaml</c>: the decision that issues a plan
/// (its number, date and issuer the plan's, its subject "Ban hành Kế hoạch …", the plan's bases,
/// Điều 1–3 and "Như Điều 3") or the letter that forwards it (Kính gửi the plan's recipients but
/// those it reports to, "Như trên"). The plan is read and checked first: a plan with errors gives
/// nothing. What a person must still write is marked TODO.
/// </summary>
public static class IssuingDocuments
{
    /// <summary>The YAML of a document of <paramref name="type"/> for the plan at <paramref name="planPath"/>, to be written at <paramref name="outputPath"/>; null after reporting why not.</summary>
    public static string? For(PlanGenRun run, FamilyType type, string planPath, string outputPath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(type);
        var bag = new DiagnosticBag();
        var plan = PlanPipeline.LoadChecked(run, planPath, bag);
        diagnostics.AddRange(bag.Items);
        if (plan is null || bag.HasErrors)
        {
            return null;
        }
        var relative = YamlPaths.FromFile(outputPath, planPath);
        string[] heading = [type.Name + " cho " + Path.GetFileName(planPath) + ": đọc lại từng dòng và viết những chỗ ghi TODO."];
        return type == FamilyTypes.Decision
            ? PlanSchema.WithModeline(PlanWriter.Write(DecisionFormat.Decision, Decision(plan, relative), null, heading))
            : PlanSchema.WithModeline(PlanWriter.Write(GeneralFormat.Document, Letter(plan), null, heading));
    }

    /// <summary>The decision that issues <paramref name="plan"/>, found at <paramref name="planPath"/> from the decision's folder.</summary>
    public static Decision Decision(Plan plan, string planPath)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var subject = ParentCitation.Subject(plan.Title);
        return new Decision
        {
            SourcePath = "",
            TypeCode = FamilyTypes.Decision.Code,
            Issuer = plan.Issuer,
            Number = plan.Number,
            Date = plan.Date,
            Title = "Ban hành Kế hoạch " + subject,
            // A collective body decides as itself (TM.); otherwise its head does: "Chủ tịch Ủy ban nhân dân …".
            DecidedBy = plan.Signature is { Authorities: [SigningAuthority.TM, ..] } || plan.Signature?.Head is null
                ? plan.Issuer.Name
                : plan.Signature.Head + " " + plan.Issuer.Name,
            Basis = [.. plan.Basis, .. plan.Parent?.Citation is { } parent ? [parent] : Array.Empty<Citation>()],
            ProposedBy = "TODO: cơ quan đề nghị tại Tờ trình số …",
            Plan = planPath,
            Articles =
            [
                Article("Ban hành kèm theo Quyết định này Kế hoạch " + subject + "."),
                Article("Quyết định này có hiệu lực thi hành kể từ ngày ký."),
                Article("Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này."),
            ],
            Recipients = [new Recipient("Như Điều 3", null), .. plan.Recipients],
            Archive = plan.Archive,
            Signature = plan.Signature,
        };
    }

    /// <summary>The letter that forwards <paramref name="plan"/> to the bodies it is sent to (not those it reports to, marked "(b/c)").</summary>
    public static GeneralDocument Letter(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var citation = ParentCitation.Of(plan).ToText();
        var to = plan.Recipients.Where(r => !r.Text.Contains("(b/c)", StringComparison.OrdinalIgnoreCase)).Select(r => r.Text).ToList();
        return new GeneralDocument
        {
            SourcePath = "",
            TypeCode = FamilyTypes.Letter.Code,
            Issuer = plan.Issuer,
            Title = "Triển khai thực hiện Kế hoạch " + ParentCitation.Subject(plan.Title),
            To = to.Count > 0 ? to : [.. plan.Recipients.Select(r => r.Text)],
            Text =
            [
                (plan.Issuer.ShortName ?? plan.Issuer.Name) + " ban hành " + citation + " (gửi kèm theo).",
                "Để triển khai thực hiện Kế hoạch, đề nghị các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch của đơn vị mình và tổ chức thực hiện; TODO: thời hạn báo cáo.",
            ],
            Recipients = [new Recipient("Như trên", null)],
            Archive = plan.Archive,
            Signature = plan.Signature,
        };
    }

    private static Section Article(string text) => new(null, [text], [], [], null, null, null, []);
}
