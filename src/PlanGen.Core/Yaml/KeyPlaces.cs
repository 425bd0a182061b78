using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Text;

namespace PlanGen.Core.Yaml;

/// <summary>
/// A place of a plan's YAML as a clerk finds it in the document: "phần II" before <c>parts[2]</c>,
/// "địa danh" before <c>issuer.place</c>. The YAML key follows in brackets as the hint to find it in
/// the file; a key with no word here is printed as written. Import names the places it changed so,
/// and a missing field names the mapping it is missing from so.
/// </summary>
internal static partial class KeyPlaces
{
    // YAML key (its index replaced by "[]") → the message word, whose {0} is the key as written and {1} its number.
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["parts[]"] = "key.part",
        ["parts[].title"] = "key.parttitle",
        ["articles[]"] = "key.article",
        ["articles"] = "key.articles",
        ["items[]"] = "key.item",
        ["appendix"] = "key.appendix",
        ["issuer"] = "key.issuer",
        ["issuer.name"] = "key.issuername",
        ["issuer.place"] = "key.place",
        ["issuer.code"] = "key.code",
        ["number"] = "key.number",
        ["date"] = "key.date",
        ["title"] = "key.title",
        ["decided_by"] = "key.decidedby",
        ["recipients"] = "key.recipients",
        ["signature"] = "key.signature",
        ["basis"] = "key.basis",
        ["introduction"] = "key.introduction",
        ["text"] = "key.text",
        ["extra"] = "key.extra",
        ["situation"] = "key.situation",
        ["tasks"] = "key.tasks",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The message argument naming <paramref name="key"/> in the reader's words, the key after it.</summary>
    public static string Argument(string key)
    {
        var indexed = Index().Match(key);
        var shape = indexed.Success ? Index().Replace(key, "[]") : key;
        if (!Words.TryGetValue(shape, out var word)) return "'" + key + "'";
        var number = indexed.Success ? int.Parse(indexed.Groups["n"].Value, CultureInfo.InvariantCulture) : 0;
        // Parts are numbered I, II, … as the decree numbers them; articles and items 1, 2, ….
        var shown = shape.StartsWith("parts[]", StringComparison.Ordinal) && number > 0 ? RomanNumeral.Format(number) : number.ToString(CultureInfo.InvariantCulture);
        return MessageArgument.Phrase(word, key, shown);
    }

    /// <summary>The YAML key an <see cref="Argument"/> names.</summary>
    public static string KeyOf(string argument) =>
        MessageArgument.TryDecode(argument, out _, out var parts) && parts.Count > 1 ? parts[1] : argument.Trim('\'');

    [GeneratedRegex(@"\[(?<n>\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Index();
}
