using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;
using PlanGen.Core.Yaml;

namespace PlanGen.Core.Format;

/// <summary>
/// Reads a file's root mapping into the document its <c>type</c> names — a plan, a report, a
/// decision, a Tờ trình, Thông báo or Công văn — each by its format's table, every problem at its
/// file, line and column.
/// </summary>
internal static class FamilyLoader
{
    /// <summary>The document a root mapping holds.</summary>
    public static FamilyDocument Read(YamlMap root, string path, DiagnosticBag diagnostics)
    {
        var type = DocumentTypes.TypeOf(root).Type;
        if (type == FamilyTypes.Plan)
        {
            return PlanLoader.ReadRoot(root, path, diagnostics);
        }
        if (type == FamilyTypes.Report)
        {
            return ReportLoader.ReadRoot(root, path, diagnostics);
        }
        return type == FamilyTypes.Decision
            ? ReadRoot(DecisionFormat.Decision, root, path, diagnostics)
            : ReadRoot(GeneralFormat.Document, root, path, diagnostics);
    }

    /// <summary>A root mapping read by one shape of the family.</summary>
    internal static T ReadRoot<T>(Shape<T> shape, YamlMap root, string path, DiagnosticBag diagnostics)
        where T : FamilyDocument
    {
        var context = new ReadContext(path, diagnostics);
        var map = context.Map(root, "", shape.Keys, shape.Suggest)!;
        return (T)(shape.ReadMap(map) with { SourcePath = path });
    }
}
