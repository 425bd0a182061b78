using System.Text.Encodings.Web;
using System.Text.Json;

namespace PlanGen.Core.Handoff;

/// <summary>
/// <c>NAME.meta.json</c>: the metadata written with a fixed key order, indented, UTF-8 without
/// escaping Vietnamese letters, so the same document gives the same bytes and a person can read it.
/// The keys are Appendix VI's fields in English, as <see cref="MetadataSchema"/> describes them.
/// </summary>
public static class MetadataJson
{
    /// <summary>The file name beside <paramref name="docxPath"/>: <c>ke-hoach.docx</c> → <c>ke-hoach.meta.json</c>.</summary>
    public static string PathFor(string docxPath) => Path.ChangeExtension(docxPath, ".meta.json");

    /// <summary>The file's bytes.</summary>
    public static byte[] Write(DocumentMetadata meta)
    {
        ArgumentNullException.ThrowIfNull(meta);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", MetadataSchema.Id);
            json.WriteString("type", meta.TypeCode);
            json.WriteString("type_name", meta.TypeName);
            Number(json, "number", meta.Number);
            json.WriteString("code", meta.Code);
            json.WriteString("date", meta.Date);
            json.WriteString("issuer", meta.Issuer);
            json.WriteString("issuer_code", meta.IssuerCode);
            json.WriteString("issuer_unit", meta.IssuerUnit);
            json.WriteString("subject", meta.Subject);
            json.WriteString("language", meta.Language);
            Number(json, "pages", meta.Pages);
            json.WriteString("signer_office", meta.SignerOffice);
            json.WriteString("signer_name", meta.SignerName);
            json.WriteStartArray("recipients");
            foreach (var recipient in meta.Recipients)
            {
                json.WriteStartObject();
                json.WriteString("name", recipient.Name);
                json.WriteString("unit", recipient.Unit);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("urgency", meta.Urgency);
            Number(json, "copies", meta.Copies);
            json.WriteString("reply_deadline", meta.ReplyDeadline);
            json.WriteString("docx", meta.Docx);
            json.WriteString("pdf", meta.Pdf);
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } n)
        {
            json.WriteNumber(name, n);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
