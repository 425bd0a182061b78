namespace PlanGen.Core.Format;

/// <summary>
/// The JSON Schema of the plan YAML, for editors (e.g. the YAML extension of VS Code) to complete
/// keys and flag mistakes while a clerk types; made from the format's table, with each field's
/// Vietnamese and English description.
/// </summary>
public static class PlanSchema
{
    private static readonly Lazy<string> Text = new(Make);

    /// <summary>The schema as JSON text.</summary>
    public static string Json => Text.Value;

    /// <summary>The file name <c>plangen schema -o</c> suggests and the modeline points to.</summary>
    public const string FileName = "plan.schema.json";

    /// <summary>
    /// The first line of every plan plangen writes (init, derive, import): it tells the YAML
    /// language server (VS Code's YAML extension and others) which schema to use, so the editor
    /// completes keys and shows each field's description. The path is relative to the plan.
    /// </summary>
    public static string Modeline(string schemaPath = FileName) => "# yaml-language-server: $schema=" + schemaPath.Replace('\\', '/') + "\n";

    /// <summary>
    /// <paramref name="yaml"/> with the <see cref="Modeline"/> first, unless it already starts with one.
    /// </summary>
    public static string WithModeline(string yaml, string schemaPath = FileName) =>
        yaml.StartsWith("# yaml-language-server:", StringComparison.Ordinal) ? yaml : Modeline(schemaPath) + yaml;

    private static string Make()
    {
        using var schema = new SchemaOut();
        var json = schema.Json;
        var plan = PlanFormat.Plan;
        json.WriteStartObject();
        json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
        json.WriteString("$id", "https://plangen.local/schema/plan.json");
        json.WriteString("title", "plangen plan (Kế hoạch theo Nghị định 30/2020/NĐ-CP)");
        json.WriteString("description", plan.Text.Both);
        plan.WriteObject(schema);
        schema.Definitions();
        json.WriteEndObject();
        return schema.Text();
    }
}
