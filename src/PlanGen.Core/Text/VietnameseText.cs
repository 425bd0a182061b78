using System.Text;

namespace PlanGen.Core.Text;

/// <summary>
/// Normalises Vietnamese names for matching: NFC, lower case, one kind of dash, "&amp;" read as
/// "và", collapsed spaces, and the old and new tone placements of oa/oe/uy ("Tỉnh uỷ" = "Tỉnh ủy",
/// "hoá" = "hóa") made one.
/// </summary>
public static class VietnameseText
{
    // Old style puts the tone on the second vowel of oa/oe/uy; the new style on the first.
    private static readonly (string Old, string New)[] TonePlacement =
    [
        ("oá", "óa"), ("oà", "òa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
        ("oé", "óe"), ("oè", "òe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
        ("uý", "úy"), ("uỳ", "ùy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
    ];

    /// <summary>The matching key of a name.</summary>
    public static string Key(string name)
    {
        var text = VietnameseCasing.Lower(UnicodeNormalization.ToNfc(name));
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text)
        {
            switch (c)
            {
                case '–' or '—' or '‐' or '‑':
                    Letter('-');
                    break;
                case '&':
                    Space();
                    Letter('v');
                    Letter('à');
                    Space();
                    break;
                case '.':
                    Space();
                    break;
                default:
                    if (char.IsWhiteSpace(c)) Space();
                    else Letter(c);
                    break;
            }
        }
        var key = builder.ToString().Trim().Replace(" - ", "-", StringComparison.Ordinal).Replace(" -", "-", StringComparison.Ordinal).Replace("- ", "-", StringComparison.Ordinal);
        foreach (var (old, @new) in TonePlacement)
        {
            key = key.Replace(old, @new, StringComparison.Ordinal);
        }
        return key;

        // Runs of spaces, dots and "&"'s spaces collapse to one space.
        void Space()
        {
            if (!lastWasSpace) builder.Append(' ');
            lastWasSpace = true;
        }

        void Letter(char letter)
        {
            builder.Append(letter);
            lastWasSpace = false;
        }
    }
}
