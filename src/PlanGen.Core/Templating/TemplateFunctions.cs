using System.Globalization;
using System.Numerics;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Model;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanGen.Core.Templating;

/// <summary>
/// The functions templates may call besides Scriban's own: Vietnamese dates and numbers, the
/// document number line, citations, numbering and emphasis. The function objects are immutable
/// and shared; each render gets its own table so a template cannot change another's.
/// </summary>
internal static class TemplateFunctions
{
    private static readonly TemplateFunction[] All =
    [
        new("vn_date_long", 1, 1, (n, a) => VietnameseFormat.DateLong(DateOf(n, a[0]), a.Count > 1 ? OptionalInt(a[1]) : null)),
        new("vn_date_short", 1, 0, (n, a) => VietnameseFormat.DateShort(DateOf(n, a[0]))),
        new("place_date", 2, 1, (n, a) => VietnameseFormat.PlaceDate(Text(a[0]), DateOf(n, a[1]), a.Count > 2 ? OptionalInt(a[2]) : null)),
        new("appendix_reference", 2, 0, (n, a) => VietnameseFormat.AppendixReference(Text(a[0]), DocumentOf(n, a[1]))),
        new("doc_number", 3, 0, (_, a) => VietnameseFormat.NumberLine(OptionalInt(a[0]), Text(a[1]), Text(a[2]))),
        new("doc_ref", 3, 0, (_, a) => VietnameseFormat.NumberReference(OptionalInt(a[0]), Text(a[1]), Text(a[2]))),
        new("citation", 1, 0, (n, a) => CitationText(n, a[0])),
        new("roman", 1, 0, (n, a) => VietnameseFormat.Roman(Int(n, a[0]))),
        new("letter", 1, 0, (n, a) => VietnameseFormat.Letter(Int(n, a[0]))),
        new("upper_vi", 1, 0, (_, a) => VietnameseFormat.Upper(MarkupText.StripEmphasis(Text(a[0])))),
        new("body_name", 1, 1, (_, a) => BodyName(Text(a[0]), a.Count > 1 && a[1] is true)),
        new("plain", 1, 0, (_, a) => new Markup(MarkupText.Plain(Text(a[0])))),
    ];

    /// <summary>The names of the functions, for documentation and tests.</summary>
    public static IEnumerable<string> Names => All.Select(f => f.Name).Append("inline");

    /// <summary>Adds every function to a render's global object; <c>inline</c> prints the document's <paramref name="footnotes"/> where its texts refer to them.</summary>
    public static void AddTo(ScriptObject globals, IReadOnlyList<string> footnotes)
    {
        foreach (var function in All)
        {
            globals.SetValue(function.Name, function, readOnly: true);
        }
        globals.SetValue("inline", footnotes.Count == 0 ? Inline : InlineWith(footnotes), readOnly: true);
    }

    private static readonly TemplateFunction Inline = InlineWith([]);

    private static TemplateFunction InlineWith(IReadOnlyList<string> footnotes) =>
        new("inline", 1, 0, (_, a) => a[0] as Markup ?? new Markup(MarkupText.Inline(Text(a[0]), footnotes)));

    private static VnDate? DateOf(Scriban.Parsing.SourceSpan span, object? value) => value switch
    {
        null => null,
        ModelObject { Node: VnDate date } => date,
        _ => throw new ScriptRuntimeException(span, "expects a date such as plan.date"),
    };

    private static IFamilyDocument DocumentOf(Scriban.Parsing.SourceSpan span, object? value) => value switch
    {
        ModelObject { Node: IFamilyDocument document } => document,
        _ => throw new ScriptRuntimeException(span, "expects the document: plan, report or doc"),
    };

    private static string CitationText(Scriban.Parsing.SourceSpan span, object? value) => value switch
    {
        null => "",
        ModelObject { Node: Citation c } => c.ToText(),
        string s => s,
        _ => throw new ScriptRuntimeException(span, "expects a citation such as an entry of plan.basis"),
    };

    // Header box 2: the name in capitals, its lines where a clerk breaks them (HeaderBox).
    private static Markup BodyName(string name, bool bold) =>
        new(string.Join("<br/>", Core.Document.HeaderBox.BodyNameLines(MarkupText.StripEmphasis(name), bold).Select(MarkupText.Escape)));

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        Markup m => m.Text,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static int? OptionalInt(object? value) => value is null ? null : ToInt(value);

    private static int Int(Scriban.Parsing.SourceSpan span, object? value) =>
        ToInt(value) ?? throw new ScriptRuntimeException(span, "expects a whole number");

    private static int? ToInt(object? value) => value switch
    {
        int i => i,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        BigInteger b when b >= int.MinValue && b <= int.MaxValue => (int)b,
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
        _ => null,
    };
}
