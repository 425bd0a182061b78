using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;

namespace PlanGen.Core.Yaml;

/// <summary>
/// Reads a plan YAML into the <see cref="Plan"/> model. Every problem is reported to the
/// <see cref="DiagnosticBag"/> at its file, line and column; nothing throws on bad input.
/// </summary>
public static class PlanReader
{
    internal static readonly string[] RootKeys =
    [
        "template", "type", "units", "issuer", "number", "date", "title", "theme", "period", "parent", "basis",
        "basis_layout", "introduction", "purpose", "requirements", "targets", "subjects", "content", "budget",
        "organization", "rewards", "extra", "closing", "appendix", "recipients", "archive", "signature",
        "heading_case",
    ];

    internal static readonly string[] IssuerKeys = ["governing_body", "name", "short_name", "code", "place", "level", "unit"];
    internal static readonly string[] RecipientKeys = ["text", "unit"];

    internal static readonly IReadOnlyDictionary<string, UnitLevel> Levels = new Dictionary<string, UnitLevel>(StringComparer.Ordinal)
    {
        ["national"] = UnitLevel.National,
        ["province"] = UnitLevel.Province,
        ["department"] = UnitLevel.Department,
        ["district"] = UnitLevel.District,
        ["commune"] = UnitLevel.Commune,
    };

    private static readonly IReadOnlyDictionary<string, BasisLayout> BasisLayouts = new Dictionary<string, BasisLayout>(StringComparer.Ordinal)
    {
        ["sentence"] = BasisLayout.Sentence,
        ["sentences"] = BasisLayout.Sentences,
        ["paragraphs"] = BasisLayout.Paragraphs,
    };

    /// <summary>Reads the plan at <paramref name="path"/>; null when it cannot be read at all.</summary>
    public static Plan? Read(string path, DiagnosticBag diagnostics)
    {
        var text = PlanSource.Load(path, diagnostics);
        return text is null ? null : ReadText(text, path, diagnostics);
    }

    /// <summary>Reads a plan from text; <paramref name="path"/> names it in diagnostics and anchors relative paths.</summary>
    public static Plan? ReadText(string text, string path, DiagnosticBag diagnostics)
    {
        var root = YamlTreeLoader.Load(text, path, diagnostics);
        if (root is null)
        {
            return null;
        }
        if (root is not YamlMap)
        {
            diagnostics.Add(DiagnosticCode.RootNotMapping, root.Span, root.KindWord);
            return null;
        }
        var context = new ReadContext(path, diagnostics);
        return ReadRoot(context.Map(root, "", RootKeys)!, path);
    }

    private static Plan ReadRoot(MapReader map, string path)
    {
        var context = map.Context;
        var issuer = ReadIssuer(map);
        var title = map.RequiredText("title");
        if (map.Node("title") is { IsNull: false } && string.IsNullOrWhiteSpace(title))
        {
            context.Diagnostics.Add(DiagnosticCode.EmptyTitle, map.Spans["title"]);
        }
        return new Plan
        {
            SourcePath = path,
            Template = map.Text("template"),
            TypeCode = ValueParsers.Code(map, "type", required: false) ?? "KH",
            Issuer = issuer,
            Number = ValueParsers.Number(map, "number"),
            Date = ValueParsers.Date(map, "date", allowPartial: true),
            Title = title,
            Theme = map.Text("theme"),
            Period = ValueParsers.Period(map, "period"),
            Parent = CitationReader.ReadParent(map.Value("parent"), context),
            Basis = [.. map.Items("basis").Select((b, i) => CitationReader.Read(b, $"basis[{i + 1}]", context)).OfType<Citation>()],
            BasisLayout = ValueParsers.Choice(map, "basis_layout", BasisLayouts) ?? BasisLayout.Sentence,
            Introduction = map.Text("introduction"),
            Purpose = Section(map, "purpose"),
            Requirements = Section(map, "requirements"),
            Targets = Section(map, "targets"),
            Subjects = Section(map, "subjects"),
            Content = Section(map, "content"),
            Organization = Section(map, "organization"),
            Budget = Section(map, "budget"),
            Rewards = Section(map, "rewards"),
            Extra = [.. map.Items("extra").Select((e, i) => SectionReader.Read(e, $"extra[{i + 1}]", context)).OfType<Section>()],
            Closing = map.Text("closing"),
            Appendix = AppendixReader.Read(map.Value("appendix"), context),
            Recipients = ReadRecipients(map),
            Archive = [.. map.Texts("archive").Select(a => a.Text)],
            Signature = SignatureReader.Read(map.Value("signature"), context),
            UnitsPath = map.Text("units"),
            HeadingCase = ValueParsers.Choice(map, "heading_case", SectionReader.HeadingCases) ?? HeadingCase.Upper,
            Span = map.Span,
            FieldSpans = map.Spans,
        };
    }

    private static Issuer ReadIssuer(MapReader root)
    {
        var map = root.Map("issuer", IssuerKeys);
        if (map is null)
        {
            if (!root.Has("issuer"))
            {
                root.Missing("issuer");
            }
            return new Issuer(null, "", "", "", UnitLevel.Province, null, null) { Span = root.Span };
        }
        var level = ValueParsers.Choice(map, "level", Levels);
        if (level is null && !map.Has("level"))
        {
            map.Missing("level");
        }
        var name = map.RequiredText("name");
        var governing = map.Text("governing_body");
        return new Issuer(
            OneLine(governing),
            OneLine(name)!,
            ValueParsers.Code(map, "code", required: true) ?? "",
            map.RequiredText("place"),
            level ?? UnitLevel.Province,
            map.Text("unit"),
            map.Text("short_name"))
        { Span = map.Span, FieldSpans = map.Spans, WrittenName = name, WrittenGoverningBody = governing };
    }

    // A line break in a body's name only says where header box 2 breaks it; everywhere else the name is one line.
    private static string? OneLine(string? text) =>
        text is null ? null : string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static Section? Section(MapReader map, string key) => SectionReader.Read(map.Value(key), key, map.Context);

    private static List<Recipient> ReadRecipients(MapReader root)
    {
        var recipients = new List<Recipient>();
        var index = 0;
        foreach (var value in root.Items("recipients"))
        {
            index++;
            if (value is YamlText node)
            {
                if (root.Context.Text(node, "recipients") is { } text)
                {
                    recipients.Add(new Recipient(text, null) { Span = node.Span });
                }
                continue;
            }
            var map = root.Context.Map(value, $"recipients[{index}]", RecipientKeys);
            if (map is not null)
            {
                recipients.Add(new Recipient(map.RequiredText("text"), map.Text("unit")) { Span = map.Span, FieldSpans = map.Spans });
            }
        }
        return recipients;
    }
}
