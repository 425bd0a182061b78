using System.Text.Encodings.Web;
using System.Text.Json;
using PlanGen.Core.Document.Grammar;

namespace PlanGen.Core.Hierarchy.Coverage;

/// <summary>
/// A coverage report as JSON for machines:
/// <c>{"parent", "citation", "children", "allCovered", "tasks": [{"id", "content", "lead", "leadUnits", "takenUpBy", "missing": [{"unit", "reason"}]}]}</c>,
/// reason being <c>no-plan</c> or <c>skipped</c>. Written with <see cref="Utf8JsonWriter"/>, no reflection.
/// </summary>
public static class CoverageJsonFormatter
{
    /// <summary>The report as one indented JSON document.</summary>
    public static string Format(CoverageReport report)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("parent", report.ParentPath);
            json.WriteString("citation", report.Citation.ToText());
            Strings(json, "children", report.Children);
            json.WriteBoolean("allCovered", report.AllCovered);
            json.WriteStartArray("tasks");
            foreach (var row in report.Rows)
            {
                json.WriteStartObject();
                json.WriteString("id", row.TaskId);
                json.WriteString("content", row.Content);
                json.WriteString("lead", row.Lead);
                Strings(json, "leadUnits", row.LeadUnits);
                Strings(json, "takenUpBy", row.TakenUpBy);
                json.WriteStartArray("missing");
                foreach (var gap in row.Gaps)
                {
                    json.WriteStartObject();
                    json.WriteString("unit", gap.Unit);
                    json.WriteString("reason", ReasonCode(gap.Reason));
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static string ReasonCode(CoverageGapReason reason) => reason == CoverageGapReason.NoPlan ? "no-plan" : "skipped";

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }
}
