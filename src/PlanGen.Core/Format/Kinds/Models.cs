using Scriban.Runtime;

namespace PlanGen.Core.Format.Kinds;

/// <summary>Lists as templates see them.</summary>
internal static class Models
{
    /// <summary>The items as a template array, each through <paramref name="convert"/>.</summary>
    public static ScriptArray List<T>(IReadOnlyList<T> items, Func<T, object?> convert)
    {
        var array = new ScriptArray(items.Count);
        foreach (var item in items)
        {
            array.Add(convert(item));
        }
        return array;
    }
}
