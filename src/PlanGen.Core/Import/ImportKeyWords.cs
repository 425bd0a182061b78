using PlanGen.Core.Yaml;

namespace PlanGen.Core.Import;

/// <summary>
/// The place in the imported YAML a message names, as a clerk finds it in the document: "phần II"
/// before <c>parts[2]</c>, "địa danh" before <c>issuer.place</c> (<see cref="KeyPlaces"/>).
/// </summary>
internal static class ImportKeyWords
{
    /// <summary>The message argument naming <paramref name="key"/> in the reader's words, the key after it.</summary>
    public static string Argument(string key) => KeyPlaces.Argument(key);

    /// <summary>The YAML key an <see cref="Argument"/> names.</summary>
    public static string KeyOf(string argument) => KeyPlaces.KeyOf(argument);
}
