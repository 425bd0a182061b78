using System.Text;
using PlanGen.Core.Text;

namespace PlanGen.Core.Format;

/// <summary>
/// The key an unknown one stands for: a misspelling of an allowed key ("titel" → "title"), or a
/// key typed in Vietnamese, with or without its marks ("noi_dung", "Tổ chức thực hiện" →
/// "organization"), as the rows list them.
/// </summary>
internal sealed class TypedKeys
{
    private readonly Dictionary<string, string> _meaning = new(StringComparer.Ordinal);

    public TypedKeys(IEnumerable<(string Key, IReadOnlyList<string> TypedAs)> rows)
    {
        foreach (var (key, typedAs) in rows)
        {
            _meaning.TryAdd(key, key);
            foreach (var typed in typedAs)
            {
                _meaning.TryAdd(Fold(typed), key);
            }
        }
    }

    /// <summary>The allowed key <paramref name="written"/> most likely stands for, or null.</summary>
    public string? Suggest(string written)
    {
        var folded = Fold(written);
        if (_meaning.TryGetValue(folded, out var key))
        {
            return key;
        }
        var closest = Suggestions.Closest(folded, _meaning.Keys, 1);
        return closest.Count > 0 ? _meaning[closest[0]] : null;
    }

    /// <summary>Lower case, without marks (đ as d), words joined by '_': how a key is typed on any keyboard.</summary>
    internal static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in UnicodeNormalization.ToNfd(text.Trim()))
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                continue;
            }
            folded.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                ' ' or '-' => '_',
                _ => char.ToLowerInvariant(c),
            });
        }
        return folded.ToString();
    }
}
