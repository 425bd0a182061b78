using PlanGen.Core.Diagnostics;
using PlanGen.Core.Format.Kinds;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>
/// The bases, in the order the document cites them: citations, and at most one entry
/// <c>- parent: …</c> when the parent is cited among them rather than after them.
/// </summary>
internal sealed class BasisKind : ValueKind<IReadOnlyList<ModelNode>>
{
    public static BasisKind Instance { get; } = new();

    private static readonly ListKind<ModelNode> Entries = new(() => BasisEntry.Instance);

    public override string Word => "list of citations or texts; one may be {parent: …}";

    public override IReadOnlyList<ModelNode>? Read(MapLoader map, string key)
    {
        var entries = Entries.Read(map, key) ?? [];
        var parents = entries.OfType<ParentReference>().ToList();
        if (parents.Count > 1)
        {
            var line = (parents[0].Span.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            map.Context.Diagnostics.Add(DiagnosticCode.DuplicateKey, parents[1].Span, "parent", line);
        }
        return entries;
    }

    public override bool IsAbsent(IReadOnlyList<ModelNode>? value) => value is null || value.Count == 0;

    public override void Write(YamlOut yaml, int indent, string key, IReadOnlyList<ModelNode> value, string path) =>
        Entries.Write(yaml, indent, key, value, path);

    public override object? Model(IReadOnlyList<ModelNode>? value) => Models.List([.. (value ?? []).OfType<Citation>()], c => CitationShapes.Basis.Model(c));

    public override void Schema(SchemaOut schema) => Entries.Schema(schema);

    /// <summary>One basis: a citation, or the parent cited in its place.</summary>
    private sealed class BasisEntry : ItemKind<ModelNode>
    {
        public static BasisEntry Instance { get; } = new();

        public override string Word => "citation";

        public override ModelNode? ReadItem(YamlValue value, string name, ReadContext context)
        {
            if (value is YamlMap map && map.Entries.Any(e => e.Key.Value == "parent"))
            {
                var entry = context.Map(value, name, "parent");
                return entry is null ? null : CitationShapes.Parent.Read(entry, "parent");
            }
            return CitationShapes.Basis.ReadItem(value, name, context);
        }

        public override void WriteItem(YamlOut yaml, int indent, ModelNode value, string path)
        {
            if (value is Citation citation)
            {
                CitationShapes.Basis.WriteItem(yaml, indent, citation, path);
                return;
            }
            yaml.BeginItem(indent, path);
            CitationShapes.Parent.Write(yaml, indent + 2, "parent", (ParentReference)value, path + ".parent");
            yaml.EndItem();
        }

        public override void Write(YamlOut yaml, int indent, string key, ModelNode value, string path) =>
            throw new NotSupportedException("A basis stands only in the list of bases.");

        public override object? Model(ModelNode? value) => value is Citation c ? CitationShapes.Basis.Model(c) : null;

        public override void Schema(SchemaOut schema) => schema.OneOf(
            CitationShapes.Basis.Schema,
            s => s.Mapping(["parent"], ("parent", new FieldText(
                "Kế hoạch cấp trên, trích dẫn ở vị trí này giữa các căn cứ.",
                "The parent plan, cited at this place among the bases."), CitationShapes.Parent.Schema)));
    }
}
