using System.Globalization;
using PlanGen.Core.Model;
using Scriban.Runtime;

namespace PlanGen.Core.Templating;

/// <summary>
/// Builds the values a template sees from a <see cref="Plan"/>, field by field. Done by hand
/// (no reflection import) so the pipeline stays Native-AOT compatible and templates reach the
/// plan's data and nothing else of .NET. Absent values are present as null, so a template can
/// test them without tripping the check for unknown fields.
/// </summary>
internal static class PlanModelBuilder
{
    /// <summary>The <c>plan</c> object.</summary>
    public static ModelObject Build(Plan plan)
    {
        var o = new ModelObject("plan", plan)
        {
            ["template"] = plan.Template,
            ["type_code"] = plan.TypeCode,
            ["title"] = plan.Title,
            ["theme"] = plan.Theme,
            ["year"] = plan.Year,
            ["issuer"] = Issuer(plan.Issuer),
            ["number"] = plan.Number?.Value,
            ["number_ref"] = VietnameseFormat.NumberReference(plan.Number?.Value, plan.TypeCode, plan.Issuer.Code),
            ["date"] = Date(plan.Date),
            ["period"] = Period(plan.Period),
            ["parent"] = plan.Parent is null ? null : new ModelObject("parent", plan.Parent)
            {
                ["path"] = plan.Parent.Path,
                ["citation"] = Citation(plan.Parent.Citation),
            },
            ["basis"] = List(plan.Basis, Citation),
            ["basis_layout"] = plan.BasisLayout switch { BasisLayout.Paragraphs => "paragraphs", BasisLayout.Sentences => "sentences", _ => "sentence" },
            ["heading_case"] = HeadingCaseName(plan.HeadingCase),
            ["introduction"] = plan.Introduction,
            ["purpose"] = Section(plan.Purpose),
            ["requirements"] = Section(plan.Requirements),
            ["targets"] = Section(plan.Targets),
            ["subjects"] = Section(plan.Subjects),
            ["content"] = Section(plan.Content),
            ["organization"] = Section(plan.Organization),
            ["budget"] = Section(plan.Budget),
            ["rewards"] = Section(plan.Rewards),
            ["extra"] = List(plan.Extra, Section),
            ["closing"] = plan.Closing,
            ["appendix"] = AppendixModelBuilder.Build(plan.Appendix),
            ["recipients"] = List(plan.Recipients, r => new ModelObject("recipient", r) { ["text"] = r.Text, ["unit"] = r.Unit }),
            ["archive"] = Strings(plan.Archive),
            ["signature"] = Signature(plan.Signature),
        };
        return o;
    }

    /// <summary>A list of values as a template array.</summary>
    public static ScriptArray List<T>(IReadOnlyList<T> items, Func<T, object?> convert)
    {
        var array = new ScriptArray(items.Count);
        foreach (var item in items)
        {
            array.Add(convert(item));
        }
        return array;
    }

    /// <summary>A list of strings as a template array.</summary>
    public static ScriptArray Strings(IReadOnlyList<string> items) => List(items, s => s);

    /// <summary>A date with its parts; null when absent.</summary>
    public static ModelObject? Date(VnDate? date) => date is null ? null : new ModelObject("date", date)
    {
        ["year"] = date.Year,
        ["month"] = date.Month,
        ["day"] = date.Day,
        ["is_full"] = date.IsFull,
        ["iso"] = date.ToIsoText(),
    };

    private static ModelObject Issuer(Issuer issuer) => new("issuer", issuer)
    {
        ["governing_body"] = issuer.GoverningBody,
        ["name"] = issuer.Name,
        ["short_name"] = issuer.ShortName,
        ["code"] = issuer.Code,
        ["place"] = issuer.Place,
        ["level"] = issuer.Level.ToString().ToLowerInvariant(),
        ["unit"] = issuer.UnitId,
    };

    private static ModelObject? Period(Period? period) => period is null ? null : new ModelObject("period", period)
    {
        ["from"] = period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static ModelObject? Citation(Citation? citation) => citation is null ? null : new ModelObject("citation", citation)
    {
        ["kind"] = citation.Kind,
        ["number"] = citation.Number,
        ["date"] = Date(citation.Date),
        ["issuer"] = citation.Issuer,
        ["subject"] = citation.Subject,
        ["text"] = citation.Text,
    };

    private static ModelObject? Section(Section? section) => section is null ? null : new ModelObject("section", section)
    {
        ["title"] = section.Title,
        ["paragraphs"] = Strings(section.Paragraphs),
        ["bullets"] = List(section.Bullets, b => new ModelObject("bullet", b) { ["text"] = b.Text, ["items"] = Strings(b.SubItems), ["paragraph"] = b.IsParagraph }),
        ["heading_case"] = section.HeadingCase is { } headingCase ? HeadingCaseName(headingCase) : null,
        ["items"] = List(section.Items, Section),
        ["assignment"] = Assignment(section.Assignment),
        ["timeline"] = section.Timeline?.Text,
        ["parent_task"] = section.ParentTask,
        ["after"] = Strings(section.After),
    };

    private static string HeadingCaseName(HeadingCase headingCase) => headingCase == HeadingCase.AsWritten ? "as_written" : "upper";

    private static ModelObject? Assignment(Assignment? assignment) => assignment is null ? null : new ModelObject("assignment", assignment)
    {
        ["text"] = assignment.Text,
        ["lead"] = List(assignment.Lead, u => u.Name),
        ["support"] = List(assignment.Support, u => u.Name),
        ["items"] = List(assignment.Items, Assignment),
    };

    private static ModelObject? Signature(Signature? signature) => signature is null ? null : new ModelObject("signature", signature)
    {
        ["authorities"] = List(signature.Authorities, a => a.ToString()),
        ["authority_lines"] = Strings(signature.AuthorityLines()),
        ["body"] = signature.Body,
        ["head"] = signature.Head,
        ["office"] = signature.Office,
        ["name"] = signature.Name,
        ["note"] = signature.Note,
    };
}
