using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Units;

/// <summary>Reads a units.yaml registry with the same checks as a plan.</summary>
public static class UnitRegistryLoader
{
    private static readonly string[] UnitFields = ["id", "name", "aliases", "code", "level", "parent", "reporting"];

    /// <summary>The registry of <paramref name="path"/>, or null after reporting why it cannot be read.</summary>
    public static UnitRegistry? Read(string path, DiagnosticBag diagnostics)
    {
        var text = PlanSource.Load(path, diagnostics);
        var root = text is null ? null : YamlTreeLoader.Load(text, path, diagnostics);
        if (root is null)
        {
            return null;
        }
        var context = new ReadContext(path, diagnostics);
        var map = context.Map(root, "", "units", "collective", "reporting", "figures");
        if (map is null)
        {
            return null;
        }
        var units = new List<Unit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var value in map.Items("units"))
        {
            index++;
            var unit = context.Map(value, $"units[{index}]", UnitFields);
            if (unit is null)
            {
                continue;
            }
            var id = unit.RequiredText("id");
            var name = unit.RequiredText("name");
            foreach (var key in new[] { id, name })
            {
                if (key.Length > 0 && !seen.Add(key))
                {
                    diagnostics.Add(DiagnosticCode.DuplicateUnit, unit.Span, key);
                }
            }
            var level = Format.Choices.Level.Read(unit, "level");
            if (level is null && !unit.Has("level"))
            {
                unit.Missing("level");
            }
            units.Add(new Unit(id, name, [.. unit.Texts("aliases").Select(a => a.Text)], level ?? UnitLevel.Department, unit.Text("code"), unit.Text("parent"))
            {
                Span = unit.Span,
                FieldSpans = unit.Spans,
                Reporting = Format.ReportingShape.Shape.Read(unit, "reporting"),
            });
        }
        return new UnitRegistry(path, units)
        {
            Span = map.Span,
            Collective = [.. map.Texts("collective").Select(c => c.Text)],
            Reporting = Format.ReportingShape.Shape.Read(map, "reporting"),
            Figures = new Format.Kinds.ListKind<FigureOwner>(() => Format.FigureOwnerShape.Shape).Read(map, "figures") ?? [],
        };
    }
}
