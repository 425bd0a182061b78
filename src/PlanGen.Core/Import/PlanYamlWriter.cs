using PlanGen.Core.Text;
using System.Globalization;
using PlanGen.Core.Model;

namespace PlanGen.Core.Import;

/// <summary>
/// Writes an imported plan as YAML for people: the keys in the order of the examples and of the
/// printed plan, every scalar quoted only where YAML needs it (one helper for all), comments
/// above the keys the importer guessed, NFC text. Reading it back gives the same plan.
/// </summary>
public static class PlanYamlWriter
{
    /// <summary>The YAML text of <paramref name="imported"/>.</summary>
    public static string Write(ImportedPlan imported)
    {
        var plan = imported.Plan;
        var y = new YamlBuilder(imported.Notes);
        y.Comment(0, "Nhập bằng `plangen import` từ / imported by `plangen import` from " + Path.GetFileName(imported.Source));
        y.Comment(0, "Kiểm tra các chỗ có chú thích rồi chạy `plangen validate`. / Check the commented places, then run `plangen validate`.");
        y.Scalar(0, "template", plan.Template);
        y.Scalar(0, "type", plan.TypeCode);
        y.Blank();
        WriteIssuer(y, plan.Issuer);
        y.Blank();
        y.Raw(0, "number", plan.Number?.Value.ToString(CultureInfo.InvariantCulture));
        if (plan.Number is null) y.Comment(0, "number: không có số (dự thảo) / no number (a draft)");
        y.Raw(0, "date", plan.Date?.ToIsoText());
        y.Scalar(0, "title", plan.Title);
        y.Scalar(0, "theme", plan.Theme);
        if (plan.Period is { } period) y.Raw(0, "period", period.From.Year.ToString(CultureInfo.InvariantCulture));
        y.Blank();
        if (plan.Parent?.Citation is { } parent)
        {
            y.Key(0, "parent");
            WriteCitationFields(y, 2, parent);
        }
        if (plan.Basis.Count > 0)
        {
            y.Key(0, "basis");
            foreach (var citation in plan.Basis)
            {
                if (citation.Text is not null) y.Item(2, citation.Text);
                else y.MapItem(2, (item, indent) => WriteCitationFields(item, indent, citation));
            }
        }
        y.Raw(0, "basis_layout", plan.BasisLayout == BasisLayout.Paragraphs ? "paragraphs" : "sentence");
        y.Scalar(0, "introduction", plan.Introduction);
        foreach (var (key, section) in new[]
        {
            ("purpose", plan.Purpose), ("targets", plan.Targets), ("requirements", plan.Requirements), ("subjects", plan.Subjects),
            ("content", plan.Content), ("budget", plan.Budget), ("rewards", plan.Rewards),
        })
        {
            if (section is null) continue;
            y.Blank();
            SectionYaml.WriteField(y, 0, key, section);
        }
        if (plan.Extra.Count > 0)
        {
            y.Blank();
            y.Key(0, "extra");
            foreach (var extra in plan.Extra) SectionYaml.WriteItem(y, 2, extra);
        }
        if (plan.Organization is { } organization)
        {
            y.Blank();
            SectionYaml.WriteField(y, 0, "organization", organization);
        }
        y.Blank();
        y.Scalar(0, "closing", plan.Closing);
        if (plan.Recipients.Count > 0)
        {
            y.Key(0, "recipients");
            foreach (var recipient in plan.Recipients) y.Item(2, recipient.Text);
        }
        if (plan.Archive.Count > 0) y.Flow(0, "archive", plan.Archive);
        if (plan.Signature is { } signature)
        {
            y.Blank();
            WriteSignature(y, signature);
        }
        if (plan.Appendix is { } appendix)
        {
            y.Blank();
            AppendixYaml.Write(y, appendix);
        }
        return UnicodeNormalization.ToNfc(y.ToString());
    }

    private static void WriteIssuer(YamlBuilder y, Issuer issuer)
    {
        y.Key(0, "issuer");
        y.Scalar(2, "governing_body", issuer.GoverningBody, "issuer.governing_body");
        y.Scalar(2, "name", issuer.Name, "issuer.name");
        y.Scalar(2, "short_name", issuer.ShortName, "issuer.short_name");
        y.Scalar(2, "code", issuer.Code, "issuer.code");
        y.Scalar(2, "place", issuer.Place, "issuer.place");
        y.Raw(2, "level", issuer.Level.ToString().ToLowerInvariant(), "issuer.level");
    }

    private static void WriteCitationFields(YamlBuilder y, int indent, Citation citation)
    {
        if (citation.Text is not null)
        {
            y.Scalar(indent, "text", citation.Text);
            return;
        }
        y.Scalar(indent, "kind", citation.Kind);
        y.Scalar(indent, "number", citation.Number);
        y.Raw(indent, "date", citation.Date?.ToIsoText());
        y.Scalar(indent, "issuer", citation.Issuer);
        y.Scalar(indent, "subject", citation.Subject);
    }

    private static void WriteSignature(YamlBuilder y, Signature signature)
    {
        y.Key(0, "signature");
        if (signature.Authorities.Count == 1) y.Raw(2, "authority", signature.Authorities[0].ToString());
        else if (signature.Authorities.Count > 1) y.Flow(2, "authority", [.. signature.Authorities.Select(a => a.ToString())]);
        y.Scalar(2, "body", signature.Body);
        y.Scalar(2, "head", signature.Head);
        y.Scalar(2, "office", signature.Office);
        y.Scalar(2, "name", signature.Name);
        y.Scalar(2, "note", signature.Note);
    }
}
