namespace PlanGen.Core.Yaml;

/// <summary>
/// Splits a table cell naming several units ("Công an tỉnh/ Sở GTVT/Bộ Chỉ huy bộ đội biên phòng",
/// "Công an tỉnh, Sở Y tế; …") into the names, so a task is assigned to each.
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
            else if (depth == 0 && Array.IndexOf(Separators, c) >= 0)
            {
                Add(names, cell[start..i]);
                start = i + 1;
            }
        }
        Add(names, cell[start..]);
        return names;
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
