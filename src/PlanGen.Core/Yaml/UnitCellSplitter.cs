namespace PlanGen.Core.Yaml;

/// <summary>
/// Splits a table cell naming several units ("Công an tỉnh/ Sở GTVT/Bộ Chỉ huy bộ đội biên phòng",
/// "Công an tỉnh, Sở Y tế; …") into the names, so a task is assigned to each. "/" and ";" always
/// separate; a comma separates before a capital letter or a new "các …", because a unit's name
/// starts with one, while a collective name goes on in lower case ("Các sở, ban, ngành",
/// "UBND các huyện, thị xã, thành phố").
/// </summary>
public static class UnitCellSplitter
{
    private static readonly char[] Separators = ['/', ',', ';'];

    /// <summary>The unit names of a cell, trimmed, empty ones dropped; parenthesised remarks stay with their name.</summary>
    public static IReadOnlyList<string> Split(string cell)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && Array.IndexOf(Separators, c) >= 0 && (c != ',' || StartsName(cell.AsSpan(i + 1).TrimStart())))
            {
                Add(names, cell[start..i]);
                start = i + 1;
            }
        }
        Add(names, cell[start..]);
        return names;
    }

    private static bool StartsName(ReadOnlySpan<char> rest) =>
        rest.Length > 0 && (char.IsUpper(rest[0]) || rest.StartsWith("các ", StringComparison.Ordinal));

    // Words that make a name stand for many bodies: "các sở", "Ban ATGT cấp huyện", "… liên quan".
    private static readonly string[] CollectiveWords = ["các ", " cấp ", "liên quan", "thành viên", "địa phương"];

    /// <summary>
    /// True for a name that stands for many bodies ("Các sở, ban, ngành", "UBND các huyện …",
    /// "Ban ATGT cấp huyện", "Sở, ban, ngành liên quan") or is only a remark ("(ít nhất 01 buổi)").
    /// </summary>
    public static bool IsCollective(string name)
    {
        var text = " " + name.Trim() + " ";
        return name.TrimStart().StartsWith('(')
            || Array.Exists(CollectiveWords, w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static void Add(List<string> names, string name)
    {
        var trimmed = name.Trim().TrimEnd('.');
        if (trimmed.Length > 0)
        {
            names.Add(trimmed);
        }
    }
}
