using System.Text.Encodings.Web;
using System.Text.Json;

namespace PlanGen.Core.Diagnostics;

/// <summary>
/// Writes diagnostics as a JSON array for machines: code, severity, message, hint, file and a
/// 1-based range; a finding told once for several paragraphs also lists each of them under
/// <c>places</c> (place and line). Written with <see cref="Utf8JsonWriter"/> so no reflection is needed.
/// </summary>
public static class JsonDiagnosticFormatter
{
    /// <summary>The diagnostics as one JSON document.</summary>
    public static string Format(IEnumerable<Diagnostic> diagnostics, string language)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", d.Id);
                json.WriteString("severity", TextDiagnosticFormatter.SeverityWord(d.Severity));
                json.WriteString("message", EchoText.Escape(d.Message(language)));
                var hint = d.Hint(language);
                if (hint is not null)
                {
                    json.WriteString("hint", EchoText.Escape(hint));
                }
                json.WriteString("file", EchoText.Escape(d.Span.File));
                if (d.Span.Place is { } place)
                {
                    json.WriteString("place", EchoText.Escape(place));
                }
                // A diagnostic about a whole file points at its start, so every entry has a place.
                var span = d.Span.IsWholeFile ? d.Span with { StartLine = 0, StartColumn = 0, EndLine = 0, EndColumn = 0 } : d.Span;
                json.WriteNumber("line", span.StartLine + 1);
                json.WriteNumber("column", span.StartColumn + 1);
                json.WriteNumber("endLine", span.EndLine + 1);
                json.WriteNumber("endColumn", span.EndColumn + 1);
                // A finding told once for several paragraphs keeps each of them for a program to point at.
                if (d.Places.Count > 0)
                {
                    json.WriteStartArray("places");
                    foreach (var each in d.Places)
                    {
                        json.WriteStartObject();
                        if (each.Place is { } named) json.WriteString("place", EchoText.Escape(named));
                        json.WriteNumber("line", each.StartLine + 1);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
