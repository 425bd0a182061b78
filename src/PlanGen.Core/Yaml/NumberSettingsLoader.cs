using System.Globalization;
using PlanGen.Core.Diagnostics;
using PlanGen.Core.Input;

namespace PlanGen.Core.Yaml;

/// <summary>One numeric setting of a settings file, with where it was written.</summary>
public sealed record NumberSetting(string Key, double Value, SourceSpan Span);

/// <summary>
/// Reads a flat YAML file of numeric settings (an office's layout profile) with the same care as a
/// plan: unknown keys with "did you mean", values that are not numbers, every place exact.
/// </summary>
public static class NumberSettingsLoader
{
    /// <summary>
    /// The settings of <paramref name="path"/> among <paramref name="keys"/> that could be read;
    /// null when the file cannot be read at all. Faults are reported to <paramref name="diagnostics"/>.
    /// </summary>
    public static IReadOnlyList<NumberSetting>? Read(string path, IReadOnlyList<string> keys, DiagnosticBag diagnostics)
    {
        var text = PlanSource.Load(path, diagnostics);
        if (text is null || ReadContext.RootMapping(text, path, diagnostics) is not { } root)
        {
            return null;
        }
        var context = new ReadContext(path, diagnostics);
        var map = context.Map(root, "", [.. keys])!;
        var settings = new List<NumberSetting>();
        foreach (var key in keys)
        {
            if (map.Node(key) is not { IsNull: false } node)
            {
                if (map.Value(key) is { } other and not YamlText)
                {
                    context.WrongType(other, key, MessageArgument.Word("decimal"));
                }
                continue;
            }
            // NaN and infinities parse as doubles but are no measure; they are not numbers here.
            if (double.TryParse(node.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                settings.Add(new NumberSetting(key, value, node.Span));
            }
            else
            {
                context.WrongType(node, key, MessageArgument.Word("decimal"));
            }
        }
        // The settings that could be read, even beside faults, so every faulty value is reported in one run.
        return settings;
    }
}
