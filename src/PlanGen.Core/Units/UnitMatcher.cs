using PlanGen.Core.Model;
using PlanGen.Core.Yaml;
using PlanGen.Core.Text;

namespace PlanGen.Core.Units;

/// <summary>
/// Finds units of a registry by any spelling: id, full name or alias, compared by
/// <see cref="VietnameseText.Key"/>. Lookups are dictionary hits, so matching a large table stays linear.
/// </summary>
public sealed class UnitMatcher
{
    private readonly Dictionary<string, Unit> _byKey = new(StringComparer.Ordinal);

    /// <summary>A matcher over the units of a registry.</summary>
    public UnitMatcher(UnitRegistry registry)
    {
        Registry = registry;
        foreach (var unit in registry.Units)
        {
            _byKey.TryAdd(unit.Id, unit);
            foreach (var spelling in unit.Aliases.Prepend(unit.Name))
            {
                _byKey.TryAdd(VietnameseText.Key(spelling), unit);
            }
        }
    }

    /// <summary>The registry matched against.</summary>
    public UnitRegistry Registry { get; }

    /// <summary>The unit a name or id denotes, or null.</summary>
    public Unit? Find(string nameOrId) =>
        _byKey.TryGetValue(nameOrId, out var unit) || _byKey.TryGetValue(VietnameseText.Key(nameOrId), out unit) ? unit : null;

    /// <summary>
    /// The full names closest to an unknown name, for "did you mean": a clerk types part of a name
    /// ("Sở Giáo dục", "UBND"), so units with a spelling that contains it come first, then the
    /// nearest by edit distance over every spelling.
    /// </summary>
    public IReadOnlyList<string> Closest(string name, int max = 3)
    {
        var key = VietnameseText.Key(name);
        return [.. Registry.Units
            .Select(u => (u.Name, Score: u.Aliases.Prepend(u.Name).Select(VietnameseText.Key)
                .Min(k => k.Contains(key, StringComparison.Ordinal) ? 0 : Suggestions.Distance(key, k))))
            .OrderBy(x => x.Score)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Name)];
    }
}
