namespace PlanGen.Core.Yaml;

/// <summary>
/// The JSON Schema of the plan YAML, for editors (e.g. the YAML extension of VS Code) to complete
/// keys and flag mistakes while a clerk types. Kept in step with the reader by a test.
/// </summary>
public static class PlanSchema
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(PlanSchema).Assembly.GetManifestResourceStream("plan.schema.json")
            ?? throw new InvalidOperationException("The plan schema is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The schema as JSON text.</summary>
    public static string Json => Text.Value;
}
