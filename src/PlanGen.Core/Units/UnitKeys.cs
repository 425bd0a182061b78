using PlanGen.Core.Model;
using PlanGen.Core.Units;
using PlanGen.Core.Text;

namespace PlanGen.Core.Units;

/// <summary>
/// Identity of units across plans: a name the registry knows is its unit's id ("#so-gddt"), any
/// other name its normalised spelling, so two plans agree on a unit whatever spelling they print.
/// </summary>
internal static class UnitKeys
{
    /// <summary>The key of a name as a cell or recipient line prints it.</summary>
    public static string Of(string name, UnitMatcher? units)
    {
        var clean = Clean(name);
        return units?.Find(clean) is { } unit ? "#" + unit.Id : VietnameseText.Key(clean);
    }

    /// <summary>The keys an issuer is known by: its unit id, name and short name.</summary>
    public static HashSet<string> OfIssuer(Issuer issuer, UnitMatcher? units)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (issuer.UnitId is { } id && units?.Find(id) is { } unit)
        {
            keys.Add("#" + unit.Id);
        }
        foreach (var name in new[] { issuer.Name, issuer.ShortName })
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                keys.Add(Of(name, units));
            }
        }
        return keys;
    }

    /// <summary>The unit an issuer is, when the registry knows it.</summary>
    public static Unit? UnitOf(Issuer issuer, UnitMatcher? units)
    {
        if (units is null)
        {
            return null;
        }
        return (issuer.UnitId is { } id ? units.Find(id) : null)
            ?? units.Find(Clean(issuer.Name))
            ?? (issuer.ShortName is { } shortName ? units.Find(Clean(shortName)) : null);
    }

    /// <summary>
    /// A name without the remark a cell or line adds to it: "Ban ATGT tỉnh (tham mưu …)" and
    /// "UBND tỉnh (b/c)" name the unit before the parenthesis; a trailing ";" or "." is punctuation.
    /// </summary>
    public static string Clean(string name)
    {
        var text = name.Trim();
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open > 0)
        {
            text = text[..open];
        }
        return text.Trim().TrimEnd(';', '.', ',').Trim();
    }
}
