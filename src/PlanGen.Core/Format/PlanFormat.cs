using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;
using PlanGen.Core.Templating;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>
/// The plan format, described once: the rows every document shares (<see cref="DocumentRows"/>)
/// around a plan's own — theme, period, parent and bases, and the body's parts — and the appendix.
/// The reader, the writer, the template model, the JSON Schema and the docs' table all walk it.
/// </summary>
internal static class PlanFormat
{
    /// <summary>The plan: its keys in the order of the examples.</summary>
    public static Shape<Plan> Plan { get; } = new()
    {
        Name = "plan",
        Text = new(
            "Kế hoạch theo Nghị định 30/2020/NĐ-CP, như plangen đọc. Khóa tiếng Anh, giá trị tiếng Việt; có thể dùng **đậm** và *nghiêng*. Xem docs/plan-format.md.",
            "A plan as plangen reads it. Keys are English, values Vietnamese; **bold** and *italic* may be used in any text. See docs/plan-format.md."),
        Create = () => new Plan { SourcePath = "", TypeCode = "KH", Issuer = IssuerShape.Shape.Create(), Title = "" },
        Fields = [.. DocumentRows.Heading<Plan>(), .. PlanRows.Body, .. DocumentRows.Ending<Plan>(), PlanRows.Appendix],
        Finish = Finish,
        Computed =
        [
            ("year", p => p.Year),
            ("number_ref", p => VietnameseFormat.NumberReference(p.Number?.Value, p.TypeCode, p.Issuer.Code)),
            // The bases in the order the document cites them, when it cites the parent among them; else null.
            ("cited", p => p.ParentInBasis is { } at && p.Parent?.Citation is { } parent
                ? Models.List([.. p.Basis.Take(at), parent, .. p.Basis.Skip(at)], c => CitationShapes.Basis.Model(c))
                : null),
        ],
    };

    /// <summary><paramref name="child"/> with what a sub-plan says as its parent does (the rows marked <see cref="DeriveRule.Copy"/>).</summary>
    public static Plan Inherit(Plan parent, Plan child) =>
        Plan.Fields.Where(f => f.Derive == DeriveRule.Copy).Aggregate(child, (plan, field) => field.Copy(parent, plan));

    // What one key cannot check alone: an empty title, the body written two ways, the parent cited twice.
    private static Plan Finish(Plan plan, MapLoader map)
    {
        var diagnostics = map.Context.Diagnostics;
        DocumentRows.CheckTitle(plan.Title, map);
        DocumentRows.CheckReplyDeadline(plan, map);
        FootnoteRules.Check(plan.Footnotes, map);
        if (!map.Has("issuer"))
        {
            plan = plan with { Issuer = plan.Issuer with { Span = map.Span } };
        }
        if (map.Has("parts") && PlanRows.KeyedParts.FirstOrDefault(map.Has) is { } keyed)
        {
            diagnostics.Add(DiagnosticCode.BodyWrittenTwice, map.Spans[keyed], keyed);
        }
        if (map.Has("parent") && plan.ParentInBasis is not null)
        {
            var (first, second) = Ordered(map.Spans["parent"], map.Spans["basis"]);
            diagnostics.Add(DiagnosticCode.DuplicateKey, second, "parent", (first.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        for (var i = 0; plan.PartsInOrder && i < plan.Parts.Count; i++)
        {
            if (plan.Parts[i].Kind is null && plan.Parts[i].Title is null)
            {
                diagnostics.Add(DiagnosticCode.PartWithoutHeading, plan.Parts[i].Span, $"parts[{i + 1}]", Choices.PartKind.ChoicesArgument());
            }
        }
        return plan;
    }

    private static (SourceSpan First, SourceSpan Second) Ordered(SourceSpan a, SourceSpan b) =>
        (a.StartLine, a.StartColumn).CompareTo((b.StartLine, b.StartColumn)) <= 0 ? (a, b) : (b, a);
}
