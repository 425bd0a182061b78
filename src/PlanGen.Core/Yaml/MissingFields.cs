using System.Globalization;
using PlanGen.Core.Diagnostics;

namespace PlanGen.Core.Yaml;

/// <summary>
/// The arguments of PG1005, a required field left out: the field named in the clerk's words (its
/// description in the format) with its key, the mapping it belongs in named as in the document
/// ("cơ quan ban hành (issuer)") with the line that mapping starts on, and what to write in it. A
/// clerk who knows Word, not YAML, reads what is missing and where to type it.
/// </summary>
internal static class MissingFields
{
    /// <summary>The arguments for <paramref name="key"/> missing from the mapping <paramref name="parent"/> ("" for the file's top level).</summary>
    /// <param name="key">The key as written in its mapping: <c>code</c>.</param>
    /// <param name="parent">The mapping's own path: <c>issuer</c>, <c>parts[2]</c>, or "" at the top level.</param>
    /// <param name="parentSpan">Where the mapping starts.</param>
    /// <param name="vietnamese">What the field means in Vietnamese (the format's description), or null when the format gives none.</param>
    /// <param name="english">What it means in English.</param>
    public static string[] Arguments(string key, string parent, SourceSpan parentSpan, string? vietnamese = null, string? english = null)
    {
        var qualified = parent.Length == 0 ? key : parent + "." + key;
        var line = (parentSpan.StartLine + 1).ToString(CultureInfo.InvariantCulture);
        var top = parent.Length == 0 || parentSpan.IsWholeFile;
        var named = vietnamese is not null && english is not null
            ? MessageArgument.Phrase("missing.named", Name(vietnamese), Name(english), key)
            : MessageArgument.Phrase("missing.key", key);
        return
        [
            qualified,
            named,
            top ? MessageArgument.Word("missing.top") : MessageArgument.Phrase("missing.in", KeyPlaces.Argument(parent), line),
            key,
            vietnamese is not null && english is not null ? MessageArgument.Phrase("missing.what", vietnamese, english) : "",
            top ? MessageArgument.Word("missing.attop") : MessageArgument.Phrase("missing.under", KeyPlaces.Argument(parent), line),
        ];
    }

    // The field's name is its description's first clause ("Trích yếu nội dung; xuống dòng viết \n." →
    // "trích yếu nội dung"), put in the middle of a sentence.
    private static string Name(string description)
    {
        var end = description.Length;
        foreach (var stop in new[] { "; ", ": ", ". " })
        {
            var at = description.IndexOf(stop, StringComparison.Ordinal);
            if (at > 0 && at < end) end = at;
        }
        var name = description[..end].TrimEnd('.');
        // What a bracket adds ("(ô 2 của phần đầu)") is said in what to write.
        if (name.IndexOf(" (", StringComparison.Ordinal) is > 0 and var bracket && name.EndsWith(')')) name = name[..bracket];
        return name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
    }
}
