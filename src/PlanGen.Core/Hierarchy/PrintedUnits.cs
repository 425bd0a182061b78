using PlanGen.Core.Model;
using PlanGen.Core.Text;
using PlanGen.Core.Units;

namespace PlanGen.Core.Hierarchy;

/// <summary>
/// The units a parent plan prints in its task cells, as a registry: so a parent that arrives as a
/// document, in any folder and with no units.yaml, is matched by the names as it prints them.
/// Spellings of one unit are taken together as forgivingly as a registry's aliases would take
/// them: "Sở Giáo dục và Đào tạo", "Sở Giáo dục - Đào tạo", and the abbreviations whose letters
/// are the words' initials ("Sở GD&amp;ĐT", "Sở Giáo dục và ĐT"). A units.yaml beside the parent only
/// adds its aliases: a name it knows is its unit.
/// </summary>
internal static class PrintedUnits
{
    /// <summary>The matcher over <paramref name="known"/> (may be null) and the printed names it does not know; the printed units are listed in <paramref name="printed"/>.</summary>
    public static UnitMatcher Of(Plan parent, UnitMatcher? known, out IReadOnlySet<Unit> printed)
    {
        var groups = new List<List<string>>();
        var byLoose = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // The spelling printed most often names the unit; the others are its aliases.
        var names = AssignedTask.Of(parent).SelectMany(t => t.Lead.Concat(t.Support)).Select(u => UnitKeys.Clean(u.Name))
            .Where(n => n.Length > 0 && known?.Find(n) is null).GroupBy(n => n, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        // Full spellings first, so an abbreviation joins the one unit whose initials it writes.
        foreach (var name in names.Where(n => !Abbreviated(n)).Concat(names.Where(Abbreviated)))
        {
            var loose = Loose(name);
            if (!byLoose.TryGetValue(loose, out var group))
            {
                var initials = Initials(name);
                var same = Abbreviated(name) ? groups.Where(g => !Abbreviated(g[0]) && Initials(g[0]) == initials).ToList() : [];
                group = same.Count == 1 ? same[0] : [];
                if (group.Count == 0) groups.Add(group);
                byLoose[loose] = group;
            }
            group.Add(name);
        }
        var units = new List<Unit>(known?.Registry.Units ?? []);
        var added = new HashSet<Unit>();
        var ids = new HashSet<string>(units.Select(u => u.Id), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var id = Slug(group[0]);
            for (var n = 2; !ids.Add(id); n++) id = Slug(group[0]) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var unit = new Unit(id, group[0], [.. group.Skip(1)], LevelOf(group[0]), null, null);
            units.Add(unit);
            added.Add(unit);
        }
        printed = added;
        return new UnitMatcher(new UnitRegistry(known?.Registry.Path ?? "", units) { Collective = known?.Registry.Collective ?? [] });
    }

    /// <summary>The one printed unit a name denotes by its loose spelling or, for an abbreviation, its initials; null when none or several do.</summary>
    public static Unit? Find(IReadOnlySet<Unit> printed, string name)
    {
        var loose = Loose(name);
        var found = printed.Where(u => u.Aliases.Prepend(u.Name).Any(s => Loose(s) == loose)).ToList();
        if (found.Count == 0 && Abbreviated(name)) found = [.. printed.Where(u => Initials(u.Name) == Initials(name))];
        return found.Count == 1 ? found[0] : null;
    }

    // An id from the printed name, in ASCII: "so-giao-duc-va-dao-tao".
    private static string Slug(string name) => string.Join('-', Words(name).Select(Fold).Where(w => w.Length > 0));

    // The spelling without its joiners: "và", "-", "–", "&" and case, as one unit is written either way.
    private static string Loose(string name) =>
        string.Join(' ', VietnameseText.Key(name).Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "và"));

    // "Sở" and the initials of the other words, an abbreviation giving all its letters: "sở gddt".
    private static string Initials(string name)
    {
        var words = Words(name);
        if (words.Count == 0) return "";
        var letters = words.Skip(1).Select(w => VietnameseCasing.IsAbbreviation(w) && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? w : w[..1]);
        return Fold(words[0]) + " " + Fold(string.Concat(letters));
    }

    private static bool Abbreviated(string name) => Words(name).Skip(1).Any(w => w.Length >= 2 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) && VietnameseCasing.IsAbbreviation(w));

    private static List<string> Words(string name) =>
        [.. name.Split([' ', '&', '-', '–', '—', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("và" or "Và") && w.Any(char.IsLetter))];

    private static string Fold(string text) => new([.. UnicodeNormalization.ToNfd(VietnameseCasing.Lower(text)).Where(char.IsLetterOrDigit).Select(c => c == 'đ' ? 'd' : c)]);

    private static UnitLevel LevelOf(string name) => VietnameseText.Key(name) switch
    {
        var k when k.StartsWith("sở ", StringComparison.Ordinal) => UnitLevel.Department,
        var k when k.StartsWith("ubnd huyện", StringComparison.Ordinal) || k.StartsWith("ủy ban nhân dân huyện", StringComparison.Ordinal) => UnitLevel.District,
        _ => UnitLevel.Province,
    };
}
