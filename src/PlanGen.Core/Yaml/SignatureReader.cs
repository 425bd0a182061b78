using PlanGen.Core.Diagnostics;
using PlanGen.Core.Model;

namespace PlanGen.Core.Yaml;

/// <summary>Reads the signing block and checks its authorities are ones Decree 30 knows.</summary>
internal static class SignatureReader
{
    internal static readonly string[] Keys = ["authority", "body", "head", "office", "name", "note"];

    public static Signature? Read(YamlValue? value, ReadContext context)
    {
        var map = context.Map(value, "signature", Keys);
        if (map is null)
        {
            return null;
        }
        var authorities = new List<SigningAuthority>();
        foreach (var (text, node) in map.Texts("authority"))
        {
            var word = text.Trim().TrimEnd('.').ToUpperInvariant();
            if (Enum.TryParse<SigningAuthority>(word, ignoreCase: false, out var authority) && Enum.IsDefined(authority) && word.All(char.IsLetter))
            {
                authorities.Add(authority);
            }
            else
            {
                context.Diagnostics.Add(DiagnosticCode.UnknownAuthority, node.Span, text);
            }
        }
        return new Signature(authorities, map.Text("body"), map.Text("head"), map.Text("office"), map.Text("name"), map.Text("note"))
        {
            Span = map.Span,
            FieldSpans = map.Spans,
        };
    }
}
