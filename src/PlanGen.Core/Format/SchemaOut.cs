using System.Text.Encodings.Web;
using System.Text.Json;

namespace PlanGen.Core.Format;

/// <summary>
/// Writes the JSON Schema of the format: each kind writes its own members into the object of the
/// property being written, and each mapping (and a few shared kinds) is defined once under
/// <c>$defs</c> and referred to from everywhere it is used.
/// </summary>
internal sealed class SchemaOut : IDisposable
{
    private readonly MemoryStream _stream = new();
    private readonly List<(string Name, Action<SchemaOut> Define)> _definitions = [];
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    public SchemaOut() => Json = new Utf8JsonWriter(_stream, new JsonWriterOptions
    {
        Indented = true,
        NewLine = "\n",
        // Vietnamese stays readable in the file, as every other text plangen writes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The writer, inside the object of the value being described.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Refers to the definition <paramref name="name"/>, defining it once with <paramref name="define"/>.</summary>
    public void Ref(string name, Action<SchemaOut> define)
    {
        Json.WriteString("$ref", "#/$defs/" + name);
        if (_defined.Add(name))
        {
            _definitions.Add((name, define));
        }
    }

    /// <summary>Writes the definitions referred to so far, and those they refer to, under <c>$defs</c>.</summary>
    public void Definitions()
    {
        Json.WriteStartObject("$defs");
        for (var i = 0; i < _definitions.Count; i++)
        {
            Json.WriteStartObject(_definitions[i].Name);
            _definitions[i].Define(this);
            Json.WriteEndObject();
        }
        Json.WriteEndObject();
    }

    /// <summary><c>"type": "string"</c>.</summary>
    public void String() => Json.WriteString("type", "string");

    /// <summary>A whole number that YAML may read as a number or as text: <c>"type": ["integer", "string"]</c>.</summary>
    public void NumberOrText()
    {
        Json.WriteStartArray("type");
        Json.WriteStringValue("integer");
        Json.WriteStringValue("string");
        Json.WriteEndArray();
    }

    /// <summary><c>"oneOf"</c>: the value is one of these, each written into an object of its own.</summary>
    public void OneOf(params Action<SchemaOut>[] alternatives)
    {
        Json.WriteStartArray("oneOf");
        foreach (var alternative in alternatives)
        {
            Json.WriteStartObject();
            alternative(this);
            Json.WriteEndObject();
        }
        Json.WriteEndArray();
    }

    /// <summary>A list of values, each described by <paramref name="item"/>.</summary>
    public void ListOf(Action<SchemaOut> item)
    {
        Json.WriteString("type", "array");
        Json.WriteStartObject("items");
        item(this);
        Json.WriteEndObject();
    }

    /// <summary>A mapping of exactly these keys, the <paramref name="required"/> ones among them a must.</summary>
    public void Mapping(IEnumerable<string> required, params (string Key, FieldText Text, Action<SchemaOut> Value)[] keys)
    {
        Json.WriteString("type", "object");
        Json.WriteBoolean("additionalProperties", false);
        var must = required.ToList();
        if (must.Count > 0)
        {
            Json.WriteStartArray("required");
            must.ForEach(Json.WriteStringValue);
            Json.WriteEndArray();
        }
        Json.WriteStartObject("properties");
        foreach (var (key, text, value) in keys)
        {
            Json.WriteStartObject(key);
            value(this);
            Json.WriteString("description", text.Both);
            Json.WriteEndObject();
        }
        Json.WriteEndObject();
    }

    /// <summary>The JSON text written.</summary>
    public string Text()
    {
        Json.Flush();
        return System.Text.Encoding.UTF8.GetString(_stream.ToArray()) + "\n";
    }

    public void Dispose()
    {
        Json.Dispose();
        _stream.Dispose();
    }
}
