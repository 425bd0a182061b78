using System.Text.Json;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;

namespace PlanGen.Core.Handoff;

/// <summary>
/// Reads a <c>NAME.meta.json</c> back for the register. A file that is not JSON, or lacks a field
/// the register prints, is one error at the file (at its line and column when the JSON breaks),
/// never a row of blanks.
/// </summary>
public static class MetadataLoader
{
    /// <summary>Metadata files beyond this size are no metadata plangen wrote.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>The metadata in <paramref name="path"/>, or null after reporting why not.</summary>
    public static DocumentMetadata? Read(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var at = SourceSpan.WholeFile(path);
        var bytes = BoundedFile.Read(path, MaxBytes, diagnostics, length =>
            diagnostics.Add(DiagnosticCode.MetadataUnreadable, at, path, MessageArgument.Word("meta.too-large")));
        if (bytes is null)
        {
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 8 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(DiagnosticCode.MetadataUnreadable, at, path, MessageArgument.Word("meta.not-an-object"));
                return null;
            }
            var missing = new List<string>();
            string Text(string name) => Optional(root, name) ?? Missing(name, missing);
            var meta = new DocumentMetadata(
                Text("type"), Text("type_name"), Number(root, "number"), Optional(root, "code"), Optional(root, "date"),
                Text("issuer"), Optional(root, "issuer_code") ?? "", Optional(root, "issuer_unit"), Text("subject"), Optional(root, "language") ?? "vi",
                Number(root, "pages"), Optional(root, "signer_office"), Optional(root, "signer_name"), Recipients(root),
                Optional(root, "urgency"), Number(root, "copies"), Optional(root, "reply_deadline"), Text("docx"), Optional(root, "pdf"));
            foreach (var name in missing)
            {
                diagnostics.Add(DiagnosticCode.MetadataFieldMissing, at, path, name);
            }
            return missing.Count == 0 ? meta : null;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = (int)(e.BytePositionInLine ?? 0);
            diagnostics.Add(DiagnosticCode.MetadataUnreadable, SourceSpan.At(path, line, column), path, MessageArgument.Word("meta.broken-json"));
            return null;
        }
    }

    private static string Missing(string name, List<string> missing)
    {
        missing.Add(name);
        return "";
    }

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;

    private static List<MetadataRecipient> Recipients(JsonElement root) =>
        root.TryGetProperty("recipients", out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object && Optional(r, "name") is not null)
                .Select(r => new MetadataRecipient(Optional(r, "name")!, Optional(r, "unit")))]
            : [];
}
