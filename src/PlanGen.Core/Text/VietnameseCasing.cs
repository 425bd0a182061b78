using System.Globalization;

namespace PlanGen.Core.Text;

/// <summary>
/// Upper and lower case of Vietnamese text. Vietnamese has no casing rules of its own (unlike
/// Turkish or Lithuanian), so the invariant mapping gives the same letters as the <c>vi</c>
/// culture's; but asking .NET for a named culture's casing first makes it build an ICU collator
/// for that culture (to learn whether its ASCII casing is the invariant one), about 10 ms of a
/// cold run spent before the first letter changes case.
/// </summary>
public static class VietnameseCasing
{
    private static readonly TextInfo Casing = CultureInfo.InvariantCulture.TextInfo;

    /// <summary><paramref name="text"/> in lower case.</summary>
    public static string Lower(string text) => Casing.ToLower(text);

    /// <summary><paramref name="text"/> in upper case.</summary>
    public static string Upper(string text) => Casing.ToUpper(text);

    /// <summary><paramref name="letter"/> in lower case.</summary>
    public static char Lower(char letter) => Casing.ToLower(letter);

    /// <summary><paramref name="letter"/> in upper case.</summary>
    public static char Upper(char letter) => Casing.ToUpper(letter);
}
