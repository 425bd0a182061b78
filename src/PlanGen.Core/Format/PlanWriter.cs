using PlanGen.Core.Model;
using PlanGen.Core.Text;

namespace PlanGen.Core.Format;

/// <summary>
/// Writes a plan as YAML for people — the one writer of <c>import</c>, <c>derive</c>, <c>init</c>
/// and <c>report init</c>: the keys in the order of the examples, blank lines between groups, block style
/// wherever a comma or colon in the text could break a one-line mapping, each text quoted only
/// where YAML needs it, comments above their keys, NFC. Reading it back gives the same plan.
/// </summary>
public static class PlanWriter
{
    /// <summary>The YAML text of <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="comments">Comments to put above their keys (or where a key left out would stand).</param>
    /// <param name="heading">Comment lines at the top of the file.</param>
    public static string Write(Plan plan, IEnumerable<YamlComment>? comments = null, IEnumerable<string>? heading = null) =>
        Write(PlanFormat.Plan, plan, comments, heading);

    /// <summary>The YAML text of another document of the family (a report) by its format's table, written the same way.</summary>
    internal static string Write<T>(Shape<T> shape, T document, IEnumerable<YamlComment>? comments, IEnumerable<string>? heading)
        where T : ModelNode
    {
        var yaml = new YamlOut(comments ?? []);
        foreach (var line in heading ?? [])
        {
            yaml.Comment(0, line);
        }
        shape.WriteFields(yaml, 0, document, "");
        return UnicodeNormalization.ToNfc(yaml.ToString());
    }
}
