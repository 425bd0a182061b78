using System.Collections;
using Scriban.Runtime;

namespace PlanGen.Core.Templating;

/// <summary>
/// The size of the values a template sees, in characters of text plus one per value, so the
/// render limits can grow with the plan itself: a plan the reader accepts is never cut short
/// by a limit sized for small plans.
/// </summary>
internal static class ModelSize
{
    /// <summary>Characters and values reachable from <paramref name="root"/>, walked without recursion.</summary>
    public static long Of(object? root)
    {
        long size = 0;
        var pending = new Stack<object?>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        pending.Push(root);
        while (pending.Count > 0)
        {
            var value = pending.Pop();
            size++;
            switch (value)
            {
                case null:
                    break;
                case string text:
                    size += text.Length;
                    break;
                case ScriptObject map when seen.Add(map):
                    foreach (var entry in map)
                    {
                        pending.Push(entry.Value);
                    }
                    break;
                case IEnumerable list when value is not ScriptObject && seen.Add(list):
                    foreach (var item in list)
                    {
                        pending.Push(item);
                    }
                    break;
            }
        }
        return size;
    }
}
