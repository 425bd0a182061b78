using System.Globalization;
using System.Text;
using System.Xml.Linq;
using static PlanGen.Docx.Reading.Wml;
using PlanGen.Core.Document.Grammar;
using PlanGen.Core.Text;

namespace PlanGen.Docx.Reading;

/// <summary>
/// Word's list engine, small: numbering.xml's lists and their levels (start, numFmt, lvlText,
/// lvlRestart, startOverride), counted in document order to give each numbered paragraph the
/// label Word prints before it. Counters belong to the abstract list, so two list instances of it
/// continue each other unless one restarts with a start override, as in Word. As in Word, a list
/// has levels 0 to 8 and starts at 0 to 32,767: what a file says beyond is held to those bounds
/// (a level 9 override is ignored), and a label is built no longer than the reader accepts.
/// </summary>
internal sealed class ListCounters
{
    private const int Levels = 9;

    /// <summary>The largest start value Word accepts ("Start at" in its list dialog).</summary>
    internal const int MaxStart = 32_767;

    private sealed record Level(int Start, string Format, string Text, int? Restart, bool Legal, XElement? ParagraphProperties);

    private readonly Dictionary<string, string> _abstractOfNum = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<int, Level>> _levels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<int, int>> _overrides = new(StringComparer.Ordinal);
    private readonly HashSet<string> _numsSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?[]> _counters = new(StringComparer.Ordinal);

    public ListCounters(XDocument? numbering)
    {
        var root = numbering?.Root;
        foreach (var abstractNum in root?.Elements(W + "abstractNum") ?? [])
        {
            if (Attr(abstractNum, "abstractNumId") is { } id) _levels[id] = LevelsOf(abstractNum);
        }

        foreach (var num in root?.Elements(W + "num") ?? [])
        {
            if (Attr(num, "numId") is not { } numId || Val(num, "abstractNumId") is not { } abstractId) continue;
            _abstractOfNum[numId] = abstractId;
            var overrides = new Dictionary<int, int>();
            foreach (var lvlOverride in num.Elements(W + "lvlOverride"))
            {
                if (Integer(Attr(lvlOverride, "ilvl")) is { } level and >= 0 and < Levels && Number(Val(lvlOverride, "startOverride")) is { } start)
                {
                    overrides[level] = Start(start);
                }
            }

            _overrides[numId] = overrides;
        }
    }

    /// <summary>The level's own paragraph properties (indents), or null.</summary>
    public XElement? ParagraphPropertiesOf(string numId, int level) =>
        LevelOf(numId, level)?.ParagraphProperties;

    /// <summary>Counts one paragraph of a list and returns its label; null when the list or level is unknown.</summary>
    public string? Next(string numId, int level)
    {
        if (numId == "0" || !_abstractOfNum.TryGetValue(numId, out var abstractId) || !_levels.TryGetValue(abstractId, out var levels)
            || level is < 0 or >= Levels || !levels.TryGetValue(level, out var current))
        {
            return null;
        }

        if (!_counters.TryGetValue(abstractId, out var counters)) _counters[abstractId] = counters = new int?[Levels];
        if (_numsSeen.Add(numId))
        {
            foreach (var (overridden, start) in _overrides[numId]) counters[overridden] = start - 1;
        }

        counters[level] = (counters[level] ?? current.Start - 1) + 1;
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            var restart = levels.TryGetValue(deeper, out var d) ? d.Restart : null;
            if (restart is 0 || (restart is { } r && level >= r)) continue;
            counters[deeper] = null;
        }

        return Label(current, levels, counters);
    }

    private Level? LevelOf(string numId, int level) =>
        _abstractOfNum.TryGetValue(numId, out var abstractId) && _levels.TryGetValue(abstractId, out var levels) && levels.TryGetValue(level, out var found) ? found : null;

    private static string Label(Level current, Dictionary<int, Level> levels, int?[] counters)
    {
        if (current.Format == "bullet") return Bullet(current.Text);
        var label = new StringBuilder();
        // One character past the reader's limit is enough to refuse it; the rest is never built.
        for (var i = 0; i < current.Text.Length && label.Length <= ReadingLimits.MaxLabelLength; i++)
        {
            if (current.Text[i] == '%' && i + 1 < current.Text.Length && char.IsAsciiDigit(current.Text[i + 1]))
            {
                var referenced = current.Text[i + 1] - '1';
                if (referenced is >= 0 and < Levels && levels.TryGetValue(referenced, out var other))
                {
                    var value = counters[referenced] ?? other.Start;
                    label.Append(Render(value, current.Legal ? "decimal" : other.Format));
                }

                i++;
            }
            else
            {
                label.Append(current.Text[i]);
            }
        }

        return label.ToString();
    }

    /// <summary>A number in a Word number format.</summary>
    internal static string Render(int value, string format) => format switch
    {
        "none" => "",
        "decimalZero" => value.ToString("D2", CultureInfo.InvariantCulture),
        "lowerLetter" => Letters(value).ToLowerInvariant(),
        "upperLetter" => Letters(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    // Word's letters repeat after z: aa, bb, … (a counter past the start bound still counts on,
    // so the repetition is cut one past the label limit, which refuses it).
    private static string Letters(int value) =>
        value < 1 ? "" : new string((char)('A' + ((value - 1) % 26)), Math.Min(((value - 1) / 26) + 1, ReadingLimits.MaxLabelLength + 1));

    /// <summary>A start value as Word takes it: 0 to <see cref="MaxStart"/>.</summary>
    private static int Start(double value) => (int)Math.Clamp(double.IsNaN(value) ? 0 : value, 0, MaxStart);

    // Word prints numbers past 3999 in Arabic figures.
    private static string Roman(int value) =>
        value is < 1 or > 3999 ? value.ToString(CultureInfo.InvariantCulture) : RomanNumeral.Format(value);

    // Symbol-font bullets live in the private use area; what the reader sees is a bullet.
    private static string Bullet(string text) =>
        text.Length == 0 ? "" : text.All(c => c is >= '\uF000' and <= '\uF0FF') ? "•" : text;

    private static Dictionary<int, Level> LevelsOf(XElement abstractNum)
    {
        var levels = new Dictionary<int, Level>();
        foreach (var lvl in abstractNum.Elements(W + "lvl"))
        {
            if (Integer(Attr(lvl, "ilvl")) is not { } index || index is < 0 or >= Levels) continue;
            levels[index] = new Level(
                Start(Number(Val(lvl, "start")) ?? 0),
                Val(lvl, "numFmt") ?? "decimal",
                Val(lvl, "lvlText") ?? "",
                Integer(Val(lvl, "lvlRestart")),
                OnOff(lvl, "isLgl") == true,
                lvl.Element(W + "pPr"));
        }

        return levels;
    }
}
